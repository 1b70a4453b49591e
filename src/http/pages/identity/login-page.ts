import type { LostSignUp, IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { err, map, ok } from "../../../domain/shared/result.ts";
import { setSessionCookie } from "../../session-cookie.ts";
import type { ActionPage, NextLink, ResultView } from "../index.ts";
import type { IdentityPageLinks } from "./page-links.ts";
import { takeReturnPath } from "./site/return-path.ts";

type Deps = Pick<UseCases, "previewIdentityLink" | "openSession">;

/**
 * `/connexion/{token}` (the link of the login and welcome emails): GET explains, the button's POST exchanges the
 * token, sets the `session` cookie and sends the person to their space (or to the page they wanted before the
 * login form, `?suite=`). A mail scanner opening the link logs nobody in. A sign-up another account overtook is
 * explained on a page first.
 */
export function loginPage(useCases: Deps, links: IdentityPageLinks): ActionPage {
  return {
    path: "/connexion/:token",
    summary: "Connexion par lien",
    renewal: links.askAgain,
    load: async (token) =>
      map(await useCases.previewIdentityLink({ token, purpose: "login" }), () => ({
        title: "Se connecter à La bonne alternance",
        intro: [
          "Cliquez sur le bouton pour ouvrir votre espace. Aucun mot de passe n’est nécessaire.",
          "Ce lien ne sert qu’une fois : après la connexion, il ne fonctionnera plus.",
        ],
        submitLabel: "Me connecter",
      })),
    act: async (token, _form, c) => {
      const opened = await useCases.openSession({ token });
      if (!opened.ok) return opened.error.code === "LINK_INVALID" ? err(opened.error) : ok(disabled(links));
      setSessionCookie(c, opened.value.accessToken, opened.value.expiresAt);
      const next = takeReturnPath(c);
      if (opened.value.lostSignUps.length === 0) return ok({ kind: "redirect", location: next });
      return ok(connected({ ...links.space, href: next }, opened.value.lostSignUps));
    },
  };
}

function connected(space: NextLink, lost: readonly LostSignUp[]): ResultView {
  // docs/adr/0015: another account confirmed the same SIRET first; the way in is a join request.
  const overtaken = lost.map(
    (signUp) =>
      `Votre inscription pour « ${signUp.displayName} » (SIRET ${signUp.siret}) n’a pas abouti : un autre compte a été confirmé pour ce SIRET avant le vôtre. Depuis le formulaire d’inscription, vous pouvez demander à le rejoindre.`,
  );
  return {
    kind: "page",
    title: "Vous êtes connecté",
    message: [
      "Votre adresse e-mail est confirmée et votre session est ouverte sur ce navigateur pour 12 heures au plus.",
      ...overtaken,
      "Pensez à vous déconnecter si vous utilisez un ordinateur partagé.",
    ],
    next: space,
  };
}

function disabled(links: IdentityPageLinks): ResultView {
  return {
    kind: "page",
    title: "Compte désactivé",
    message: [
      "Ce compte a été désactivé par l’équipe de La bonne alternance : la connexion n’est plus possible.",
      "Si vous pensez qu’il s’agit d’une erreur, écrivez à labonnealternance@apprentissage.beta.gouv.fr.",
    ],
    next: links.home,
  };
}
