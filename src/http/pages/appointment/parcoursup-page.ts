import type { AppointmentUseCases as UseCases } from "../../../application/appointment/index.ts";
import { APPOINTMENT_PAGE_PATHS } from "../../../application/appointment/index.ts";
import { ok } from "../../../domain/shared/result.ts";
import type { ActionPage } from "../index.ts";

type Deps = Pick<UseCases, "readParcoursupInvitation" | "activateParcoursup">;

/**
 * The page of a Parcoursup invitation: GET states the commitment (an answer within 4 working days, FAQ "Comment
 * recevoir des candidatures depuis Parcoursup ?") and changes nothing; only the button's POST activates.
 */
export function parcoursupPage(useCases: Deps): ActionPage {
  return {
    path: `${APPOINTMENT_PAGE_PATHS.parcoursup}/:token`,
    summary: "Activation de la prise de rendez-vous sur Parcoursup",
    load: async (token) => {
      const read = await useCases.readParcoursupInvitation({ token });
      if (!read.ok) return read;
      const { establishmentName, siret, platforms } = read.value;
      return ok({
        title: "Activer la prise de rendez-vous sur Parcoursup",
        intro: [
          "Les candidats qui consultent vos formations en apprentissage sur Parcoursup pourront vous demander un rendez-vous ; leurs demandes vous arriveront par e-mail, comme celles de La bonne alternance.",
          "En activant ce service, votre établissement s’engage à répondre à chaque candidat dans un délai maximal de 4 jours ouvrés.",
        ],
        details: [
          { term: "Établissement", value: establishmentName },
          { term: "SIRET", value: siret },
          { term: "Sur Parcoursup aujourd’hui", value: platforms.parcoursup ? "déjà activé" : "non activé" },
        ],
        submitLabel: "J’active le service et je m’engage à répondre sous 4 jours ouvrés",
      });
    },
    act: async (token) => {
      const activated = await useCases.activateParcoursup({ token });
      if (!activated.ok) return activated;
      return ok({
        kind: "page",
        title: "Service activé sur Parcoursup",
        message: [
          `La prise de rendez-vous est désormais active sur Parcoursup pour les formations de ${activated.value.establishmentName}.`,
          "Les demandes des candidats vous arriveront par e-mail : répondez-leur sous 4 jours ouvrés.",
        ],
      });
    },
  };
}
