import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type AppointmentAnswerEmailInput = Readonly<{
  firstName: string;
  trainingTitle: string;
  cfaName: string;
  cfaEmail: string;
  message: string;
}>;

/** To the candidate, as soon as the CFA wrote its personalised answer. */
export function appointmentAnswerEmail(input: AppointmentAnswerEmailInput): EmailContent {
  return renderEmail({
    subject: `${input.cfaName} a répondu à votre demande de rendez-vous`,
    preheader: `Réponse au sujet de la formation « ${input.trainingTitle} ».`,
    greeting: greeting(input.firstName),
    paragraphs: [
      `${input.cfaName} a répondu à votre demande au sujet de la formation « ${input.trainingTitle} » :`,
      `« ${input.message} »`,
      `Pour lui répondre, écrivez à ${input.cfaEmail}.`,
    ],
  });
}
