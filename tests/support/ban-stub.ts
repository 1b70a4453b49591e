import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenAsStub } from "./stub-server.ts";

/** One scripted answer for the next request: a status (with the API's error body, or `body`), and/or a delay. */
export type BanStep = Readonly<{ status?: number; delayMs?: number; retryAfter?: string; body?: object | string }>;

type BanRequest = Readonly<{
  path: string;
  q: string | null;
  limit: string | null;
  autocomplete: string | null;
  accept: string | undefined;
}>;

/** A feature as the API sends it: GeoJSON Point [lon, lat] and GeoCodeJSON properties. */
export type BanWireFeature = Readonly<{
  type: "Feature";
  geometry: Readonly<{ type: "Point"; coordinates: readonly [number, number] }>;
  properties: Readonly<Record<string, unknown>>;
}>;

export const banFeature = (coordinates: readonly [number, number], properties: Record<string, unknown>) =>
  ({ type: "Feature", geometry: { type: "Point", coordinates }, properties }) satisfies BanWireFeature;

/** The envelope of every 200 answer, empty `features` meaning "nothing found". */
const banFeatureCollection = (query: string, limit: number, features: readonly BanWireFeature[]) => ({
  type: "FeatureCollection",
  version: "draft",
  features: features.slice(0, limit),
  attribution: "BAN",
  licence: "ETALAB-2.0",
  query,
  limit,
});

/** The API's error body (`{code, message, detail?}`), e.g. its 400 for a query it cannot parse. */
const banError = (code: number, message: string, detail?: readonly string[]) => ({
  code,
  message,
  ...(detail ? { detail } : {}),
});

const UNPARSABLE_QUERY = banError(400, "Failed parsing query", [
  "q: must contain between 3 and 200 chars and start with a number or a letter",
]);

/** How the stub recognises a known query: case and spacing do not matter. */
export const banQueryKey = (q: string) => q.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A local stand-in for the national address API (`GET /search/?q=…&limit=…`), speaking its wire format: the
 * features recorded for a query (by banQueryKey), an empty FeatureCollection for any other, the API's 400 for a
 * query it refuses, and scripted steps (429, 5xx, delays, odd bodies) taken first, in order.
 */
export async function startBanStub(answers: Readonly<Record<string, readonly BanWireFeature[]>>) {
  const requests: BanRequest[] = [];
  const script: BanStep[] = [];
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub");
    const q = url.searchParams.get("q");
    const limit = url.searchParams.get("limit");
    const autocomplete = url.searchParams.get("autocomplete");
    requests.push({ path: url.pathname, q, limit, autocomplete, accept: req.headers.accept });
    const step = script.shift();
    if (step?.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (res.destroyed) return;
    if (step?.status) return send(res, step.status, step.body ?? banError(step.status, "Stub failure"), step);
    if (!/^\/search\/?$/.test(url.pathname)) return send(res, 404, banError(404, "Not Found"));
    if (q === null || !/^[\p{L}\p{N}].{2,199}$/su.test(q)) return send(res, 400, UNPARSABLE_QUERY);
    send(res, 200, banFeatureCollection(q, Number(limit ?? 5), answers[banQueryKey(q)] ?? []));
  }

  return listenAsStub(server, requests, script);
}

export type BanStub = Awaited<ReturnType<typeof startBanStub>>;

/** A string body is an HTML page, as the Géoplateforme's 429 is. */
function send(res: ServerResponse, status: number, body: object | string, step?: BanStep) {
  const html = typeof body === "string";
  const headers: Record<string, string> = {
    "content-type": html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
  };
  if (step?.retryAfter) headers["retry-after"] = step.retryAfter;
  res.writeHead(status, headers);
  res.end(html ? body : JSON.stringify(body));
}
