import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenAsStub } from "./stub-server.ts";

/** One scripted answer for the next request: a status, a body, and/or a delay. */
type SiroStep = Readonly<{ status?: number; delayMs?: number; body?: object }>;

/** France compétences SIRO's answer for a SIRET it knows, with its OPCO de rattachement. */
export const siroFound = (siret: string, opco: string, idcc = "843") => ({
  code: "01",
  siret,
  idcc,
  opcoRattachement: { code: "03", nom: opco },
  opcoGestion: { code: "03", nom: opco },
});

/**
 * A local stand-in for France compétences' SIRO API (`GET /siro/v1/public/{siret}`): the bodies given by SIRET,
 * `{code: "99", siret}` for any other SIRET (its "unknown" answer, with HTTP 200), scripted steps first.
 */
export async function startSiroStub(bodies: Readonly<Record<string, object>>) {
  const requests: { path: string; apiKey: string | undefined }[] = [];
  const script: SiroStep[] = [];
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    requests.push({ path: req.url ?? "", apiKey: req.headers["x-gravitee-api-key"] as string | undefined });
    const step = script.shift();
    if (step?.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (res.destroyed) return;
    const siret = /^\/siro\/v1\/public\/(\d{14})$/.exec(req.url ?? "")?.[1] ?? "";
    const body = step?.body ?? bodies[siret] ?? { code: "99", siret };
    send(res, step?.status ?? 200, step?.status && !step.body ? { message: "Stub failure" } : body);
  }

  return listenAsStub(server, requests, script);
}

export type SiroStub = Awaited<ReturnType<typeof startSiroStub>>;

function send(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
