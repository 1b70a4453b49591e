/** Every email's words live in this folder; use cases render one and enqueue the result in the outbox. */
export { type AccountDisabledEmailInput, accountDisabledEmail } from "./account-disabled.ts";
export { type CompanyUnsubscriptionEmailInput, companyUnsubscriptionEmail } from "./company-unsubscription.ts";
export { type EmailChangeEmailInput, emailChangeEmail } from "./email-change.ts";
export {
  DEFAULT_FOOTER,
  type EmailAction,
  type EmailContent,
  type EmailParts,
  FALLBACK_SENTENCE,
} from "./email-content.ts";
export { type InvitationEmailInput, invitationEmail } from "./invitation.ts";
export { type LoginLinkEmailInput, loginLinkEmail } from "./login-link.ts";
export { renderEmail } from "./render-email.ts";
export { type WelcomeEmailInput, welcomeEmail } from "./welcome.ts";
