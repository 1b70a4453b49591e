import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenAsStub } from "./stub-server.ts";

/** One scripted answer: an error status (Resend's error body), and/or a delay before answering. */
export type StubStep = { status?: number; delayMs?: number };

type StubRequest = Readonly<{
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  contentType: string | undefined;
  userAgent: string | undefined;
  body: Record<string, unknown>;
  status: number;
}>;

/** An attachment as the stub decoded it from the wire (`content` base64 → bytes). */
export type StubAttachment = Readonly<{ filename: string; contentType: string | undefined; content: Uint8Array }>;

/** resend.com/docs/api-reference/emails/send-email: at most 40 MB of attachments per email, once base64-encoded. */
const MAX_ATTACHMENTS_BYTES = 40 * 1024 * 1024;

const errorNames: Record<number, string> = {
  400: "validation_error",
  401: "missing_api_key",
  403: "invalid_api_key",
  409: "concurrent_idempotent_requests",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "internal_server_error",
};

/**
 * A local stand-in for Resend's API (POST /emails), speaking its wire format: `{id}` on success, the error
 * body `{statusCode, name, message}` otherwise, and one email per Idempotency-Key (a repeated key answers the
 * first id and sends nothing, as Resend does for 24 h). A request without User-Agent gets the plain-text 403
 * ("error code: 1010") Resend's edge answers (resend.com/docs/api-reference/introduction). `script` answers
 * the next requests, in order. Attachments must be `[{filename, content}]` with `content` in base64 (optional
 * `content_type`), 40 MB at most: anything else is the 422 `invalid_attachment` Resend answers.
 */
export async function startResendStub(script: StubStep[] = []) {
  const requests: StubRequest[] = [];
  const emails = new Map<string, { id: string; body: Record<string, unknown>; attachments: StubAttachment[] }>();
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    const step = script.shift() ?? {};
    if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (res.destroyed) return;
    const key = req.headers["idempotency-key"] as string | undefined;
    const userAgent = req.headers["user-agent"];
    const attachments = attachmentsOf(body.attachments);
    const refused = attachments === "invalid" ? 422 : 200;
    const status = !userAgent ? 403 : req.url !== "/emails" ? 404 : (step.status ?? refused);
    const { authorization, "content-type": contentType } = req.headers;
    requests.push({ path: req.url ?? "", authorization, idempotencyKey: key, contentType, userAgent, body, status });
    if (!userAgent) return void res.writeHead(403, { "content-type": "text/plain" }).end("error code: 1010");
    if (attachments === "invalid") return send(res, status, step.status ? errorBody(status) : invalidAttachment);
    if (status !== 200) return send(res, status, errorBody(status));
    const existing = key ? emails.get(key) : undefined;
    const id = existing?.id ?? `email-${emails.size + 1}`;
    if (!existing) emails.set(key ?? id, { id, body, attachments });
    send(res, 200, { id });
  }

  const stub = await listenAsStub(server, requests, script);
  return {
    ...stub,
    /** The emails Resend would have sent, by idempotency key. */
    emails,
    reset: () => {
      stub.reset();
      emails.clear();
    },
  };
}

/** Resend's field checks, as the stub applies them: the decoded files, or "invalid". */
function attachmentsOf(field: unknown): StubAttachment[] | "invalid" {
  if (field === undefined) return [];
  if (!Array.isArray(field)) return "invalid";
  const decoded: StubAttachment[] = [];
  let encodedBytes = 0;
  for (const item of field as Record<string, unknown>[]) {
    const { filename, content, content_type: contentType } = item ?? {};
    if (typeof filename !== "string" || filename === "" || typeof content !== "string") return "invalid";
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) return "invalid";
    if (contentType !== undefined && typeof contentType !== "string") return "invalid";
    encodedBytes += content.length;
    decoded.push({ filename, contentType, content: new Uint8Array(Buffer.from(content, "base64")) });
  }
  return encodedBytes > MAX_ATTACHMENTS_BYTES ? "invalid" : decoded;
}

const invalidAttachment = {
  statusCode: 422,
  name: "invalid_attachment",
  message: "Attachment must have a filename and a base64 content.",
};

const errorBody = (status: number) => ({
  statusCode: status,
  name: errorNames[status] ?? "application_error",
  message: "Stub failure",
});

function send(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export type ResendStub = Awaited<ReturnType<typeof startResendStub>>;
