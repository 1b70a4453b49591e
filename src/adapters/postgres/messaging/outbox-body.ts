import type { EmailAttachment, EmailMessage } from "../../../domain/messaging/email-message.ts";

/**
 * What is sealed (docs/adr/0017): the body, where the links are, and the attachments (a candidate's CV), their
 * bytes in base64 inside the sealed JSON. Recipient and subject stay readable for the operator. `attachments` is
 * absent for a message enqueued without that field, so a claim gives back exactly what was enqueued.
 */
export type SealedBody = Readonly<{
  text: string;
  html: string | null;
  attachments?: readonly Readonly<{ filename: string; contentType: string; base64: string }>[];
}>;

export function sealedBodyOf(email: EmailMessage): SealedBody {
  const body = { text: email.text, html: email.html ?? null };
  if (email.attachments === undefined) return body;
  const attachments = email.attachments.map(({ filename, contentType, content }) => ({
    filename,
    contentType,
    base64: toBase64(content),
  }));
  return { ...body, attachments };
}

/** The body's part of the email: text, html and, when it was enqueued with them, the attachments' bytes. */
export function emailPartsOf(body: SealedBody): Pick<EmailMessage, "text" | "html" | "attachments"> {
  const parts = { text: body.text, html: body.html };
  if (body.attachments === undefined) return parts;
  const attachments: EmailAttachment[] = body.attachments.map(({ filename, contentType, base64 }) => ({
    filename,
    contentType,
    content: fromBase64(base64),
  }));
  return { ...parts, attachments };
}

/** Web-standard base64 (Node and Deno): btoa over chunks, so a 3 MiB CV never spreads into one huge call. */
const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(chunks.join(""));
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
