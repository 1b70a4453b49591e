import type { JoinRequestAccepted, IdentityUseCases as UseCases } from "../../../application/identity/index.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { err, map, ok } from "../../../domain/shared/result.ts";
import type { ActionPage, ConfirmView, ResultView } from "../index.ts";
import { type IdentityPageLinks, organisationStoppedPage } from "./page-links.ts";

type Deps = Pick<UseCases, "previewIdentityLink" | "acceptJoinRequest">;

type Requester = Readonly<{ firstName: string; lastName: string; email: string; phone: string }>;

/**
 * `/demande-acces/{token}` (docs/adr/0015), sent to each admin of an organisation someone asked to join: GET shows who
 * asks, the POST makes that person a member.
 */
export function joinRequestPage(useCases: Deps, links: IdentityPageLinks): ActionPage {
  return {
    path: "/demande-acces/:token",
    summary: "Demande pour rejoindre une organisation",
    renewal: links.space,
    load: async (token) =>
      map(await useCases.previewIdentityLink({ token, purpose: "join_request" }), (preview) =>
        preview.purpose === "join_request"
          ? requestView(preview.organisationName, preview.requester, links)
          : requestView("l’établissement", null, links),
      ),
    act: async (token) => {
      const accepted = await useCases.acceptJoinRequest({ token });
      if (accepted.ok) return ok(joined(accepted.value, links));
      if (accepted.error.code === "LINK_INVALID") return err(accepted.error);
      return ok(organisationStoppedPage("La demande", links));
    },
  };
}

function requestView(organisationName: string, requester: Requester | null, links: IdentityPageLinks): ConfirmView {
  const name = requester ? `${requester.firstName} ${requester.lastName}` : "Cette personne";
  return {
    title: `${name} demande à rejoindre ${organisationName}`,
    intro: [
      `${name} a voulu créer un compte pour cet établissement sur La bonne alternance, qui en a déjà un : elle demande à rejoindre votre espace pour déposer et gérer ses offres d’emploi en alternance.`,
      "Si vous la connaissez, acceptez : elle deviendra membre (sans pouvoir inviter ni retirer personne) et recevra un lien de connexion. Sinon, ne faites rien.",
    ],
    details: requester
      ? [
          { term: "Nom", value: name },
          { term: "Adresse e-mail", value: requester.email },
          { term: "Téléphone", value: frenchPhone(requester.phone) },
          { term: "Établissement", value: organisationName },
        ]
      : [],
    submitLabel: "Accepter la demande",
    secondary: links.home,
  };
}

function joined(accepted: JoinRequestAccepted, links: IdentityPageLinks): ResultView {
  return {
    kind: "page",
    title: "Demande acceptée",
    message: [
      `${accepted.requesterName} est maintenant membre de ${accepted.organisationName}.`,
      `Un lien de connexion vient de lui être envoyé à l’adresse ${accepted.email}.`,
    ],
    next: links.space,
  };
}
