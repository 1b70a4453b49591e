import { createHash } from "node:crypto";
import type { EmailAttachment, EmailMessage } from "../../src/domain/messaging/email-message.ts";
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

/** 3 MiB: the largest CV an application takes (docs/API.md), the size attachments must survive end to end. */
export const MAX_CV_BYTES = 3 * 1024 * 1024;

/** Deterministic bytes of `size`, every byte value present (so no text encoding can pass for binary). */
function someBytes(size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 31 + seed + (index >> 8)) & 0xff;
  return bytes;
}

/** A PDF CV of `size` bytes. */
export function aCvAttachment(overrides: Partial<EmailAttachment> & { size?: number } = {}): EmailAttachment {
  const { size = 2_048, ...rest } = overrides;
  return { filename: "cv-lea-martin.pdf", contentType: "application/pdf", content: someBytes(size), ...rest };
}

/**
 * An email or attachment list as tests compare them: each attachment's bytes replaced by their size and SHA-256
 * (vitest's deep equality takes seconds on a 3 MiB Uint8Array, and would print it all on a failure).
 */
export function comparable<T extends { attachments?: readonly { content: Uint8Array }[] | undefined }>(value: T) {
  if (value.attachments === undefined) return value;
  return { ...value, attachments: fingerprints(value.attachments) };
}

export function fingerprints(attachments: readonly { content: Uint8Array }[]) {
  return attachments.map(({ content, ...rest }) => ({ ...rest, content: fingerprint(content) }));
}

export function fingerprint(bytes: Uint8Array): string {
  return `${bytes.byteLength} bytes, sha256 ${createHash("sha256").update(bytes).digest("hex")}`;
}
