import { type CreateEmailOptions, Resend } from "resend";
import { z } from "zod";
import { type Mailer, MailRejected } from "../../application/messaging/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import type { EmailAttachment, EmailMessage } from "../../domain/messaging/email-message.ts";

const UPSTREAM = "Resend";
const DEFAULT_BASE_URL = "https://api.resend.com";

export type ResendMailerOptions = Readonly<{
  apiKey: string;
  /** MAIL_FROM, e.g. `La bonne alternance <ne-pas-repondre@…>` (a domain verified at Resend). */
  from: string;
  /** RESEND_BASE_URL (read by config.ts); a local stub in tests. */
  baseUrl?: string | undefined;
  timeoutMs?: number;
}>;

/**
 * The SDK's `error`: Resend's error body (resend.com/docs/api-reference/errors, `{statusCode, name, message}`) as
 * received, or its own `statusCode: null` when no answer came (network failure, timeout). Parsed, not trusted.
 */
const SdkErrorSchema = z.object({
  statusCode: z.number().int().nullish(),
  name: z.string().optional(),
  message: z.string().optional(),
});

/**
 * Statuses refusing the message itself, which no retry can fix (a malformed address, a key reused with another
 * payload). Everything else (429 rate limits and quotas, 5xx, 401/403 account problems, 409 while the first
 * request with this key is still running, timeouts) is UpstreamUnavailable: the outbox retries with the same key.
 */
const PERMANENT = new Map<number, (name: string) => boolean>([
  [400, () => true],
  [409, (name) => name === "invalid_idempotent_request"],
  [422, () => true],
]);

/**
 * Resend's SDK (`emails.send`, i.e. POST /emails): one call per message, its `idempotencyKey` option (the
 * `Idempotency-Key` header) = the outbox message's key. The base URL is always passed to the client, so the SDK
 * never falls back on `process.env.RESEND_BASE_URL`: config.ts is the one reader of the environment.
 */
export function createResendMailer(options: ResendMailerOptions): Mailer {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const client = new Resend(options.apiKey, { baseUrl });
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    async send(email, idempotencyKey) {
      const signal = AbortSignal.timeout(timeoutMs);
      const result = await client.emails.send(toPayload(email, options.from), { idempotencyKey, signal });
      // `{id}`: nothing to keep, the outbox row is the record
      if (result.error === null && result.data !== null) return;
      throw signal.aborted ? new UpstreamUnavailable(UPSTREAM, `no answer within ${timeoutMs} ms`) : failureOf(result);
    },
  };
}

function toPayload(email: EmailMessage, from: string): CreateEmailOptions {
  return {
    from,
    to: [email.to],
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    ...(email.attachments?.length ? { attachments: email.attachments.map(toAttachment) } : {}),
  };
}

/**
 * resend.com/docs/api-reference/emails/send-email: `attachments: [{filename, content, content_type}]`, `content`
 * in base64 (the SDK encodes a Uint8Array so, and names `contentType` `content_type` on the wire); 40 MB at most.
 */
function toAttachment({ filename, contentType, content }: EmailAttachment) {
  return { filename, contentType, content };
}

function failureOf(result: { error: unknown }): Error {
  const parsed = SdkErrorSchema.safeParse(result.error);
  const error = parsed.success ? parsed.data : {};
  const name = error.name || "unknown_error";
  const message = error.message || "no error message";
  if (error.statusCode === null) return new UpstreamUnavailable(UPSTREAM, `no answer (${message})`);
  const description = `HTTP ${error.statusCode ?? "status unknown"} ${name}: ${message}`;
  const permanent = error.statusCode !== undefined && (PERMANENT.get(error.statusCode)?.(name) ?? false);
  return permanent ? new MailRejected(`${UPSTREAM}: ${description}`) : new UpstreamUnavailable(UPSTREAM, description);
}
