import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { SireneAnswer } from "./sirene-demo-answers.ts";
import { sireneError } from "./sirene-payloads.ts";
import { listenAsStub } from "./stub-server.ts";

/** One scripted answer for the next request: a status with INSEE's error body, and/or a delay. */
export type SireneStep = Readonly<{ status?: number; delayMs?: number; retryAfter?: string; body?: object }>;

type SireneRequest = Readonly<{ path: string; apiKey: string | undefined; accept: string | undefined }>;

/**
 * A local stand-in for INSEE's API Sirene 3.11 (`GET /siret/{siret}`), speaking its wire format: the answers given
 * by SIRET, INSEE's 404 body for any other SIRET, and scripted steps (429, 5xx, delays) taken first, in order.
 */
export async function startSireneStub(answers: Readonly<Record<string, SireneAnswer>>) {
  const requests: SireneRequest[] = [];
  const script: SireneStep[] = [];
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    requests.push({
      path: req.url ?? "",
      apiKey: req.headers["x-insee-api-key-integration"] as string | undefined,
      accept: req.headers.accept,
    });
    const step = script.shift();
    if (step?.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (res.destroyed) return;
    if (step?.status) return send(res, step.status, step.body ?? sireneError(step.status, "Stub failure"), step);
    const siret = /^\/siret\/(\d{14})$/.exec(req.url ?? "")?.[1] ?? "";
    const known = answers[siret];
    if (known) return send(res, known.status, known.body);
    send(res, 404, sireneError(404, `Aucun élément trouvé pour le siret ${siret}`));
  }

  return listenAsStub(server, requests, script);
}

export type SireneStub = Awaited<ReturnType<typeof startSireneStub>>;

function send(res: ServerResponse, status: number, body: object, step?: SireneStep) {
  const headers: Record<string, string> = { "content-type": "application/json;charset=utf-8" };
  if (step?.retryAfter) headers["retry-after"] = step.retryAfter;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}
