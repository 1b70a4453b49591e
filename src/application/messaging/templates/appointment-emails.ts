/** The appointment service's emails (docs/PRODUCT.md §8), one template per file. */
export { appointmentAnswerEmail } from "./appointment-answer.ts";
export { appointmentConfirmationEmail } from "./appointment-confirmation.ts";
export { appointmentReminderEmail } from "./appointment-reminder.ts";
export { type AppointmentCandidateLines, appointmentRequestToCfaEmail } from "./appointment-request-to-cfa.ts";
export { parcoursupInvitationEmail } from "./parcoursup-invitation.ts";
