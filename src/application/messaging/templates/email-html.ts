import {
  buttonsOf,
  DEFAULT_FOOTER,
  type EmailAction,
  type EmailItem,
  type EmailParts,
  FALLBACK_SENTENCE,
  SERVICE_NAME,
} from "./email-content.ts";
import { escapeHtml as e } from "./escape-html.ts";

// Mail clients ignore <style> and flexbox: one centred 600 px table, inline styles, system fonts. Colours meet
// WCAG AA: #1e1e1e on white (16:1), white on #000091 (15:1), #666 footer on white (5.7:1).
const FONT = "font-family:Arial,Helvetica,sans-serif;";
const TEXT = `${FONT}font-size:16px;line-height:24px;color:#1e1e1e;margin:0 0 16px 0;`;
const LINK = "color:#000091;text-decoration:underline;word-break:break-all;";

/** The HTML version; every interpolated string is escaped here, templates pass plain text. */
export function renderEmailHtml(parts: EmailParts): string {
  return [
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(parts.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background-color:#f6f6f6;">',
    parts.preheader ? preheader(parts.preheader) : "",
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f6f6f6;">',
    '<tr><td align="center" style="padding:16px 8px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;">',
    `<tr><td style="${FONT}font-size:20px;font-weight:bold;color:#000091;padding:24px 24px 8px 24px;">${e(SERVICE_NAME)}</td></tr>`,
    `<tr><td style="padding:16px 24px 8px 24px;">${body(parts)}</td></tr>`,
    `<tr><td style="padding:16px 24px 24px 24px;border-top:1px solid #dddddd;">${footer(parts.footer ?? DEFAULT_FOOTER)}</td></tr>`,
    "</table></td></tr></table></body></html>",
  ].join("\n");
}

function body(parts: EmailParts): string {
  const greeting = parts.greeting ? [paragraph(parts.greeting)] : [];
  const buttons = buttonsOf(parts).map(button);
  const items = (parts.items ?? []).map(item);
  return [...greeting, ...parts.paragraphs.map(paragraph), ...items, ...buttons].join("\n");
}

/** A list entry: bold heading, its lines, then its own button with the plain URL under it. */
function item(entry: EmailItem): string {
  const heading = `<p style="${TEXT}margin-bottom:4px;font-weight:bold;">${e(entry.heading)}</p>`;
  const lines = entry.lines.map((line) => `<p style="${TEXT}margin-bottom:4px;">${e(line)}</p>`);
  const action = entry.action ? [button(entry.action)] : [];
  return [
    '<div style="border-left:4px solid #000091;padding:8px 0 0 12px;margin:0 0 16px 0;">',
    heading,
    ...lines,
    ...action,
    "</div>",
  ].join("\n");
}

function paragraph(text: string): string {
  return `<p style="${TEXT}">${e(text)}</p>`;
}

/** A bulletproof button (a padded table cell), then the fallback sentence and the plain URL under it. */
function button(action: EmailAction): string {
  const url = e(action.url);
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;"><tr>',
    '<td align="center" bgcolor="#000091" style="background-color:#000091;border-radius:4px;">',
    `<a href="${url}" style="${FONT}display:inline-block;padding:14px 24px;font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;">${e(action.label)}</a>`,
    "</td></tr></table>",
    `<p style="${TEXT}font-size:14px;line-height:20px;">${e(FALLBACK_SENTENCE)}<br>`,
    `<a href="${url}" style="${LINK}">${url}</a></p>`,
  ].join("\n");
}

function preheader(text: string): string {
  const hidden = "display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;";
  return `<div style="${hidden}">${e(text)}</div>`;
}

function footer(lines: readonly string[]): string {
  const style = `${FONT}font-size:13px;line-height:20px;color:#666666;margin:0;`;
  return lines.map((line) => `<p style="${style}">${e(line)}</p>`).join("\n");
}
