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
 * the next requests, in order.
 */
export async function startResendStub(script: StubStep[] = []) {
  const requests: StubRequest[] = [];
  const emails = new Map<string, { id: string; body: Record<string, unknown> }>();
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
    const status = !userAgent ? 403 : req.url !== "/emails" ? 404 : (step.status ?? 200);
    const { authorization, "content-type": contentType } = req.headers;
    requests.push({ path: req.url ?? "", authorization, idempotencyKey: key, contentType, userAgent, body, status });
    if (!userAgent) return void res.writeHead(403, { "content-type": "text/plain" }).end("error code: 1010");
    if (status !== 200) return send(res, status, errorBody(status));
    const existing = key ? emails.get(key) : undefined;
    const id = existing?.id ?? `email-${emails.size + 1}`;
    if (!existing) emails.set(key ?? id, { id, body });
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
