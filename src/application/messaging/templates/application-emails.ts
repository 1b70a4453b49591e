/** The job-application emails (issue 12: applications with a CV), one template per file. */
export { type ApplicationAnswerEmailInput, applicationAnswerEmail } from "./application-answer.ts";
export { type ApplicationConfirmationEmailInput, applicationConfirmationEmail } from "./application-confirmation.ts";
export { type ApplicationCvInfectedEmailInput, applicationCvInfectedEmail } from "./application-cv-infected.ts";
export { type ApplicationOfferFilledEmailInput, applicationOfferFilledEmail } from "./application-offer-filled.ts";
export { type ApplicationToRecipientEmailInput, applicationToRecipientEmail } from "./application-to-recipient.ts";
