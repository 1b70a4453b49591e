import type { InvitationAccepted, IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { de } from "../../../domain/shared/french-elision.ts";
import { err, map, ok } from "../../../domain/shared/result.ts";
import type { ActionPage, ConfirmView, ResultView } from "../index.ts";
import { type IdentityPageLinks, organisationStoppedPage } from "./page-links.ts";

type Deps = Pick<UseCases, "previewIdentityLink" | "acceptInvitation">;

/** `/invitation/{token}`: GET says who invites to what; the POST adds the membership (creating the account). */
export function invitationPage(useCases: Deps, links: IdentityPageLinks): ActionPage {
  return {
    path: "/invitation/:token",
    summary: "Invitation à rejoindre une organisation",
    renewal: links.home,
    load: async (token) =>
      map(await useCases.previewIdentityLink({ token, purpose: "invitation" }), (preview) =>
        invitationView(preview.purpose === "invitation" ? preview : null, links),
      ),
    act: async (token) => {
      const accepted = await useCases.acceptInvitation({ token });
      if (accepted.ok) return ok(joined(accepted.value, links));
      if (accepted.error.code === "LINK_INVALID") return err(accepted.error);
      return ok(organisationStoppedPage("L’invitation", links));
    },
  };
}

function invitationView(
  preview: { email: string; organisationName: string } | null,
  links: IdentityPageLinks,
): ConfirmView {
  const name = preview?.organisationName ?? "l’établissement";
  return {
    title: `Rejoindre ${name}`,
    intro: [
      `Vous êtes invité à rejoindre l’espace ${de(name)} sur La bonne alternance, pour déposer et gérer ses offres d’emploi en alternance.`,
      "Si vous n’avez pas encore de compte, il sera créé avec votre adresse e-mail.",
    ],
    details: preview
      ? [
          { term: "Établissement", value: preview.organisationName },
          { term: "Votre adresse", value: preview.email },
        ]
      : [],
    submitLabel: "Rejoindre l’espace",
    secondary: links.home,
  };
}

function joined(accepted: InvitationAccepted, links: IdentityPageLinks): ResultView {
  return {
    kind: "page",
    title: `Vous avez rejoint ${accepted.organisationName}`,
    message: [
      "Vous pouvez maintenant déposer et gérer les offres de cet établissement.",
      `Pour vous connecter, demandez un lien de connexion avec l’adresse ${accepted.email}.`,
    ],
    next: links.space,
  };
}
