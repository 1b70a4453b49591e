/** Every email's words live in this folder; use cases render one and enqueue the result in the outbox. */
export { accountDisabledEmail } from "./account-disabled.ts";
export * from "./application-emails.ts";
export * from "./appointment-emails.ts";
export { companyContactUpdateDecidedEmail } from "./company-contact-update-decided.ts";
export { companyUnsubscriptionEmail } from "./company-unsubscription.ts";
export { emailChangeEmail } from "./email-change.ts";
export { FALLBACK_SENTENCE } from "./email-content.ts";
export { invitationEmail } from "./invitation.ts";
export { joinRequestEmail } from "./join-request.ts";
export { joinRequestAcceptedEmail } from "./join-request-accepted.ts";
export { loginLinkEmail } from "./login-link.ts";
export { offerExpiredEmail } from "./offer-expired.ts";
export { offerPublishedEmail } from "./offer-published.ts";
export { offerReminderEmail } from "./offer-reminder.ts";
export {
  offerSharedWithCfaEmail,
  offerSharesRecapEmail,
} from "./offer-shared-with-cfa.ts";
export { renderEmail } from "./render-email.ts";
export { trainingReportAcknowledgedEmail } from "./training-report-acknowledged.ts";
export { trainingReportReceivedEmail } from "./training-report-received.ts";
export { trainingReportResolvedEmail } from "./training-report-resolved.ts";
export { welcomeEmail } from "./welcome.ts";
