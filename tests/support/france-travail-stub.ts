import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import {
  type FranceTravailOfferInput,
  formatContentRange,
  MAX_RANGE_FIRST,
  MAX_RANGE_LAST,
  MAX_RANGE_SIZE,
  NATURE_LABELS,
  type WorkStudyNature,
} from "../../src/adapters/france-travail/wire-format.ts";
import { listenAsStub } from "./stub-server.ts";

export const STUB_CLIENT = { clientId: "stub-client", clientSecret: "stub-secret" };

/** What the next search request meets before its normal answer: a 429 (Retry-After 1 s), a 503, a revoked token. */
type Step = "429" | "503" | "expire-tokens";

type SearchRequest = Readonly<{ params: Record<string, string>; status: number }>;

/**
 * A local stand-in for France Travail: the OAuth2 token endpoint (client credentials, `expires_in`) and
 * `GET /partenaire/offresdemploi/v2/offres/search` filtering its offers by `departement`, `natureContrat` (codes)
 * and `minCreationDate`/`maxCreationDate` (inclusive), newest first, in `range`s with the real caps (400 past them),
 * answering 200, 206 or 204 with `Content-Range: offres first-last/total`. `script` plays 429s, 503s and token
 * revocations; `failFrom` makes every search fail from now on.
 */
export async function startFranceTravailStub(initial: readonly FranceTravailOfferInput[] = []) {
  let offers = [...initial];
  let validTokens = new Set<string>();
  let issued = 0;
  let failing: number | null = null;
  const tokenRequests: Record<string, string>[] = [];
  const requests: SearchRequest[] = [];
  const script: Step[] = [];
  const server = createServer((req, res) => void answer(req, res));

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub");
    if (req.method === "POST" && url.pathname === "/connexion/oauth2/access_token") return token(req, res);
    if (req.method === "GET" && url.pathname === "/partenaire/offresdemploi/v2/offres/search")
      return search(req, url, res);
    send(res, 404, { message: "Not Found" });
  }

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = Object.fromEntries(new URLSearchParams(await bodyOf(req)));
    tokenRequests.push(form);
    const known = form.client_id === STUB_CLIENT.clientId && form.client_secret === STUB_CLIENT.clientSecret;
    if (form.grant_type !== "client_credentials" || !known) return send(res, 401, { error: "invalid_client" });
    const value = `stub-token-${++issued}`;
    validTokens.add(value);
    send(res, 200, { access_token: value, scope: form.scope ?? "", token_type: "Bearer", expires_in: 1499 });
  }

  function search(req: IncomingMessage, url: URL, res: ServerResponse) {
    const params = Object.fromEntries(url.searchParams);
    const reply = (status: number, body: object | null, headers: Record<string, string> = {}) => {
      requests.push({ params, status });
      if (body === null) {
        res.writeHead(status, headers);
        return res.end();
      }
      send(res, status, body, headers);
    };
    const step = script.shift();
    if (step === "expire-tokens") validTokens = new Set();
    const bearer = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
    if (!validTokens.has(bearer)) return reply(401, { message: "Token expiré ou invalide" });
    if (step === "429") return reply(429, { message: "Limite de requêtes atteinte" }, { "retry-after": "1" });
    if (step === "503" || failing !== null) return reply(failing ?? 503, { message: "Service indisponible" });
    const range = parseRange(params.range ?? "0-149");
    if (!range) return reply(400, { message: "Paramètre range invalide" });
    const matching = offers.filter((offer) => matches(offer, params)).sort(newestFirst);
    if (matching.length === 0 || range.first >= matching.length) return reply(204, null);
    const last = Math.min(range.last, matching.length - 1);
    const status = last + 1 < matching.length ? 206 : 200;
    const contentRange = formatContentRange({ first: range.first, last, total: matching.length });
    reply(
      status,
      { resultats: matching.slice(range.first, last + 1), filtresPossibles: [] },
      { "content-range": contentRange, "accept-range": String(MAX_RANGE_SIZE) },
    );
  }

  const stub = await listenAsStub(server, requests, script);
  return {
    url: stub.url,
    tokenUrl: `${stub.url}/connexion/oauth2/access_token?realm=%2Fpartenaire`,
    requests,
    tokenRequests,
    script: stub.script,
    close: stub.close,
    setOffers(next: readonly FranceTravailOfferInput[]) {
      offers = [...next];
    },
    /** Every search answers this status from now on (null: back to normal). */
    failFrom(status: number | null) {
      failing = status;
    },
    reset() {
      stub.reset();
      tokenRequests.length = 0;
      offers = [...initial];
      failing = null;
    },
  };
}

export type FranceTravailStub = Awaited<ReturnType<typeof startFranceTravailStub>>;

function parseRange(value: string) {
  const match = value.match(/^(\d+)-(\d+)$/);
  if (!match) return null;
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (last < first || last - first + 1 > MAX_RANGE_SIZE || first > MAX_RANGE_FIRST || last > MAX_RANGE_LAST) {
    return null;
  }
  return { first, last };
}

function matches(offer: FranceTravailOfferInput, params: Record<string, string>): boolean {
  if (params.departement && departementOf(offer) !== params.departement) return false;
  if (params.natureContrat) {
    const labels = params.natureContrat.split(",").map((code) => NATURE_LABELS[code as WorkStudyNature]);
    if (!labels.includes(offer.natureContrat ?? "")) return false;
  }
  const created = Date.parse(offer.dateCreation);
  if (params.minCreationDate && created < Date.parse(params.minCreationDate)) return false;
  if (params.maxCreationDate && created > Date.parse(params.maxCreationDate)) return false;
  return true;
}

function departementOf(offer: FranceTravailOfferInput): string {
  const insee = offer.lieuTravail?.commune ?? "";
  if (insee.startsWith("97")) return insee.slice(0, 3);
  return insee.slice(0, 2) || (offer.lieuTravail?.libelle ?? "").split(" - ")[0] || "";
}

function newestFirst(a: FranceTravailOfferInput, b: FranceTravailOfferInput): number {
  return Date.parse(b.dateCreation) - Date.parse(a.dateCreation) || (a.id < b.id ? -1 : 1);
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => resolve(body));
  });
}

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}
