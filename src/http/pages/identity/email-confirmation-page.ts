import type { EmailTaken, IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { err, map, ok } from "../../../domain/shared/result.ts";
import type { ActionPage, ConfirmView, ResultView } from "../index.ts";
import type { IdentityPageLinks } from "./page-links.ts";

type Deps = Pick<UseCases, "previewIdentityLink" | "confirmEmailChange">;

/** `/confirmation-email/{token}`, sent to the NEW address by `PATCH /me`: its POST makes it the account's email. */
export function emailConfirmationPage(useCases: Deps, links: IdentityPageLinks): ActionPage {
  return {
    path: "/confirmation-email/:token",
    summary: "Confirmation d’une nouvelle adresse e-mail",
    renewal: links.space,
    load: async (token) =>
      map(await useCases.previewIdentityLink({ token, purpose: "email_confirmation" }), (preview) =>
        confirmView(preview.purpose === "email_confirmation" ? preview.newEmail : null, links),
      ),
    act: async (token) => {
      const confirmed = await useCases.confirmEmailChange({ token });
      if (confirmed.ok) return ok(changed(confirmed.value.email, links));
      if (confirmed.error.code === "LINK_INVALID") return err(confirmed.error);
      return ok(taken(confirmed.error, links));
    },
  };
}

function confirmView(newEmail: string | null, links: IdentityPageLinks): ConfirmView {
  return {
    title: "Confirmer votre nouvelle adresse e-mail",
    intro: ["Après confirmation, c’est à cette adresse que vous recevrez vos liens de connexion et vos e-mails."],
    details: newEmail ? [{ term: "Nouvelle adresse", value: newEmail }] : [],
    submitLabel: "Confirmer cette adresse",
    secondary: links.home,
  };
}

function changed(email: string, links: IdentityPageLinks): ResultView {
  return {
    kind: "page",
    title: "Adresse e-mail modifiée",
    message: [`Votre compte utilise désormais l’adresse ${email}.`],
    next: links.space,
  };
}

function taken(error: EmailTaken, links: IdentityPageLinks): ResultView {
  return {
    kind: "page",
    title: "Adresse déjà utilisée",
    message: [
      `L’adresse ${error.email} est déjà celle d’un autre compte : votre adresse n’a pas changé.`,
      "Choisissez une autre adresse depuis votre espace, ou connectez-vous avec ce compte.",
    ],
    next: links.space,
  };
}
