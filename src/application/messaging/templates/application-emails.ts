/** The job-application emails (issue 12: applications with a CV), one template per file. */
export { applicationAnswerEmail } from "./application-answer.ts";
export { applicationConfirmationEmail } from "./application-confirmation.ts";
export { applicationCvInfectedEmail } from "./application-cv-infected.ts";
export { applicationOfferFilledEmail } from "./application-offer-filled.ts";
export { type ApplicationToRecipientEmailInput, applicationToRecipientEmail } from "./application-to-recipient.ts";
