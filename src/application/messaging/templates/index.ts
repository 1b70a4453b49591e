/** Every email's words live in this folder; use cases render one and enqueue the result in the outbox. */
export { type AccountDisabledEmailInput, accountDisabledEmail } from "./account-disabled.ts";
export { type CompanyUnsubscriptionEmailInput, companyUnsubscriptionEmail } from "./company-unsubscription.ts";
export { type EmailChangeEmailInput, emailChangeEmail } from "./email-change.ts";
export {
  DEFAULT_FOOTER,
  type EmailAction,
  type EmailContent,
  type EmailItem,
  type EmailParts,
  FALLBACK_SENTENCE,
} from "./email-content.ts";
export { type InvitationEmailInput, invitationEmail } from "./invitation.ts";
export { type LoginLinkEmailInput, loginLinkEmail } from "./login-link.ts";
export { type OfferExpiredEmailInput, offerExpiredEmail } from "./offer-expired.ts";
export { type OfferPublishedEmailInput, offerPublishedEmail } from "./offer-published.ts";
export { type OfferReminderEmailInput, offerReminderEmail, type ReminderOffer } from "./offer-reminder.ts";
export {
  type OfferSharedWithCfaEmailInput,
  type OfferSharesRecapEmailInput,
  offerSharedWithCfaEmail,
  offerSharesRecapEmail,
} from "./offer-shared-with-cfa.ts";
export { renderEmail } from "./render-email.ts";
export { type WelcomeEmailInput, welcomeEmail } from "./welcome.ts";
