import { type ApplicationTarget, applicationTo } from "./application-wording.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type ApplicationConfirmationEmailInput = ApplicationTarget & Readonly<{ firstName: string }>;

/** To the candidate once the application (and its CV) went out to the company or CFA. */
export function applicationConfirmationEmail(input: ApplicationConfirmationEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre candidature a été envoyée à ${input.companyName}`,
    preheader: "Nous vous écrirons dès que le recruteur aura répondu.",
    greeting: greeting(input.firstName),
    paragraphs: [
      `Votre ${applicationTo(input)} a bien été envoyée, avec votre CV.`,
      "Nous vous écrirons à cette adresse dès que le recruteur aura répondu. Il peut aussi vous contacter directement, par e-mail ou par téléphone : pensez à surveiller vos messages.",
      "En attendant, continuez vos recherches : postuler à plusieurs offres augmente vos chances de trouver votre alternance.",
    ],
  });
}
