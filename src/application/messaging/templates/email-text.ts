import { buttonsOf, DEFAULT_FOOTER, type EmailParts, FALLBACK_SENTENCE } from "./email-content.ts";

/** The plain-text version: every email reads without HTML, and shows each link as a bare URL. */
export function renderEmailText(parts: EmailParts): string {
  const blocks: string[] = [];
  if (parts.greeting) blocks.push(parts.greeting);
  blocks.push(...parts.paragraphs);
  for (const item of parts.items ?? []) {
    const lines = [`• ${item.heading}`, ...item.lines.map((line) => `  ${line}`)];
    if (item.action) lines.push(`  ${item.action.label} : ${item.action.url}`);
    blocks.push(lines.join("\n"));
  }
  for (const action of buttonsOf(parts)) blocks.push(`${action.label}\n${FALLBACK_SENTENCE}\n${action.url}`);
  blocks.push(`-- \n${(parts.footer ?? DEFAULT_FOOTER).join("\n")}`);
  return `${blocks.join("\n\n")}\n`;
}
