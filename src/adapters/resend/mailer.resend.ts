import { z } from "zod";
import { type Mailer, MailRejected } from "../../application/messaging/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import type { EmailMessage } from "../../domain/messaging/email-message.ts";

const UPSTREAM = "Resend";
const DEFAULT_BASE_URL = "https://api.resend.com";

export type ResendMailerOptions = Readonly<{
  apiKey: string;
  /** MAIL_FROM, e.g. `La bonne alternance <ne-pas-repondre@…>` (a domain verified at Resend). */
  from: string;
  /** RESEND_BASE_URL; a local stub in tests. */
  baseUrl?: string | undefined;
  timeoutMs?: number;
}>;

/** Resend's error body (resend.com/docs/api-reference/errors): `{statusCode, name, message}`. */
const ErrorBodySchema = z.object({ name: z.string().optional(), message: z.string().optional() });

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

/** Resend's HTTP API (POST /emails): one call per message, `Idempotency-Key` = the outbox message's key. */
export function createResendMailer(options: ResendMailerOptions): Mailer {
  const endpoint = `${(options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "")}/emails`;
  return {
    async send(email, idempotencyKey) {
      const response = await post(endpoint, options, toPayload(email, options.from), idempotencyKey);
      if (!response.ok) throw await failureOf(response);
      await response.body?.cancel(); // `{id}`: nothing to keep, the outbox row is the record
    },
  };
}

function toPayload(email: EmailMessage, from: string) {
  return {
    from,
    to: [email.to],
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    ...(email.replyTo ? { reply_to: email.replyTo } : {}),
  };
}

async function post(endpoint: string, options: ResendMailerOptions, payload: object, idempotencyKey: string) {
  try {
    return await fetch(endpoint, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${options.apiKey}`,
        "Content-Type": "application/json",
        "Idempotency-Key": idempotencyKey,
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new UpstreamUnavailable(UPSTREAM, `no answer (${(error as Error).message})`);
  }
}

async function failureOf(response: Response): Promise<Error> {
  const body = ErrorBodySchema.safeParse(await response.json().catch(() => null));
  const name = (body.success && body.data.name) || "unknown_error";
  const message = (body.success && body.data.message) || response.statusText;
  const description = `HTTP ${response.status} ${name}: ${message}`;
  const permanent = PERMANENT.get(response.status)?.(name) ?? false;
  return permanent ? new MailRejected(`${UPSTREAM}: ${description}`) : new UpstreamUnavailable(UPSTREAM, description);
}
