import type { EmailMessage } from "../../src/domain/messaging/email-message.ts";
import type { Email } from "../../src/domain/shared/email.ts";

/** A deterministic email; `to` is lower-cased as parseEmail would. */
export function anEmail(overrides: Partial<Omit<EmailMessage, "to">> & { to?: string } = {}): EmailMessage {
  const { to = "candidat@example.com", ...rest } = overrides;
  return {
    subject: "Votre candidature a bien été envoyée",
    text: "Bonjour,\nSuivez votre candidature : https://lba.test/candidatures/tok-1.\nÀ bientôt.",
    html: null,
    ...rest,
    to: to.toLowerCase() as Email,
  };
}
