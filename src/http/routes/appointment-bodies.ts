import type { ParcoursupActivationView } from "../../application/appointment/index.ts";
import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";

/** A request as the CFA's link shows it (JSON twin of the answer page). */
export function toAppointmentBody(request: AppointmentRequest) {
  const { training, applicant, answer } = request;
  return {
    id: request.id,
    training: { id: training.trainingId, title: training.title },
    establishment: { siret: training.formateurSiret, name: training.establishmentName },
    platform: request.platform,
    applicant: { ...applicant },
    reasons: [...request.reasons],
    message: request.message,
    createdAt: request.createdAt.toISOString(),
    answer: answer && { ...answer, answeredAt: answer.answeredAt.toISOString() },
  };
}

/** Support sees where it went and whether a reminder left. */
export function toAdminAppointmentBody(request: AppointmentRequest) {
  return {
    ...toAppointmentBody(request),
    recipientEmail: request.recipientEmail,
    remindedAt: request.remindedAt?.toISOString() ?? null,
  };
}

/** FAQ "Comment recevoir des candidatures depuis Parcoursup ?": the commitment the activation makes. */
const PARCOURSUP_COMMITMENT =
  "En activant le service sur Parcoursup, l'établissement s'engage à répondre à chaque demande de rendez-vous dans un délai maximal de 4 jours ouvrés.";

export function toActivationBody(view: ParcoursupActivationView) {
  return {
    siret: view.siret,
    establishmentName: view.establishmentName,
    platforms: { ...view.platforms },
    commitment: PARCOURSUP_COMMITMENT,
    expiresAt: view.expiresAt.toISOString(),
  };
}
