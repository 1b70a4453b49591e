import { frenchDate } from "../../../domain/shared/french-date.ts";
import { type AppointmentCandidateLines, candidateParagraphs } from "./appointment-request-to-cfa.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type AppointmentReminderEmailInput = Readonly<{
  trainingTitle: string;
  requestedAt: Date;
  candidate: AppointmentCandidateLines;
  replyUrl: string;
}>;

/** To the CFA, once, when a request is still unanswered after 4 working days (docs/PRODUCT.md §8 [beyond]). */
export function appointmentReminderEmail(input: AppointmentReminderEmailInput): EmailContent {
  return renderEmail({
    subject: `Rappel : un candidat attend votre réponse (${input.trainingTitle})`,
    preheader: "Une demande de rendez-vous reçue il y a 4 jours ouvrés n’a pas encore de réponse.",
    greeting: "Bonjour,",
    paragraphs: [
      `Le ${frenchDate(input.requestedAt)}, un candidat vous a demandé un rendez-vous au sujet de la formation « ${input.trainingTitle} ». Nous n’avons pas encore reçu votre réponse.`,
      ...candidateParagraphs(input.candidate),
      "Si vous l’avez déjà contacté, indiquez-le avec le bouton ci-dessous : c’est le seul rappel que nous vous envoyons.",
    ],
    action: { label: "Répondre au candidat", url: input.replyUrl },
  });
}
