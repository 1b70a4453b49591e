import { buttonsOf, type EmailContent, type EmailParts } from "./email-content.ts";
import { renderEmailHtml } from "./email-html.ts";
import { renderEmailText } from "./email-text.ts";
import { assertLinkUrl } from "./escape-html.ts";

/**
 * The one layout of every email: French, plain text plus a table-based HTML version, all text escaped, and the
 * plain URL printed under each button (the FAQ tells users to paste it when the button does not work).
 * Throws only on a programming error: an action URL that is not absolute http(s).
 */
export function renderEmail(parts: EmailParts): EmailContent {
  for (const action of buttonsOf(parts)) assertLinkUrl(action.url);
  for (const item of parts.items ?? []) if (item.action) assertLinkUrl(item.action.url);
  // A subject is one header line: collapse any line break a caller let through.
  const subject = parts.subject.replace(/\s+/g, " ").trim();
  const normalised = { ...parts, subject };
  return { subject, text: renderEmailText(normalised), html: renderEmailHtml(normalised) };
}
