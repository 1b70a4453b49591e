import type { Geocoder } from "../../application/geocoding/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import { normaliseAddressQuery } from "../../domain/geocoding/address-query.ts";
import type { GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";
import { BanSearchResponseSchema, toGeocodedAddress } from "./ban-search-response.ts";

const UPSTREAM = "BAN";
/**
 * The national address API (Base Adresse Nationale) as served by the IGN Géoplateforme. The historical host
 * https://api-adresse.data.gouv.fr (same `/search/`, same answers) was shut down at the end of January 2026.
 */
export const DEFAULT_BAN_BASE_URL = "https://data.geopf.fr/geocodage";
/** Below this score the best match is a guess (the API's own example "8 bd du port" scores 0.49 in Amiens). */
export const DEFAULT_BAN_MIN_SCORE = 0.5;
/** The limit (50 calls a second per IP, answered 429) and server errors are worth another try. */
const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const MAX_RETRIES = 2;

export type BanGeocoderOptions = Readonly<{
  /** GEOCODER_BASE_URL: the Géoplateforme, a self-hosted addok instance, or a local stub in tests. */
  baseUrl?: string | undefined;
  /** Budget of one look-up, retries included (GEOCODER_TIMEOUT_MS, 3 s by default). */
  timeoutMs?: number;
  /** GEOCODER_MIN_SCORE: a best match scoring less counts as not found. */
  minScore?: number;
  /** First retry delay; it doubles, and a `Retry-After` within the budget is honoured. */
  retryBaseMs?: number;
}>;

/**
 * `GET {base}/search/?q=…&limit=1&autocomplete=0` (anti-corruption layer, STYLE.md "Adapters"; no API key):
 * 200 → the best feature, zod-parsed and mapped by toGeocodedAddress, or null when there is none or its score is
 * below the minimum; a query the API would refuse (normaliseAddressQuery) → null without a call; 429/5xx → at most
 * 2 retries with backoff, then UpstreamUnavailable; timeout, network failure, any other status (400 included: the
 * query was checked, so it means a broken request) or an unexpected body → UpstreamUnavailable.
 */
export function createBanGeocoder(options: BanGeocoderOptions = {}): Geocoder {
  const base = (options.baseUrl ?? DEFAULT_BAN_BASE_URL).replace(/\/+$/, "");
  const minScore = options.minScore ?? DEFAULT_BAN_MIN_SCORE;
  return {
    async geocode(raw) {
      const q = normaliseAddressQuery(raw);
      if (q === null) return null;
      const params = new URLSearchParams({ q, limit: "1", autocomplete: "0" });
      const response = await getWithRetries(`${base}/search/?${params}`, options);
      return interpret(response, minScore);
    },
  };
}

async function interpret(response: Response, minScore: number): Promise<GeocodedAddress | null> {
  if (response.status !== 200) throw await failureOf(response);
  const parsed = BanSearchResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new UpstreamUnavailable(UPSTREAM, `unexpected body: ${parsed.error.message}`);
  const [best] = parsed.data.features;
  if (best === undefined || best.properties.score < minScore) return null;
  const address = toGeocodedAddress(best);
  if (!address.ok) throw new UpstreamUnavailable(UPSTREAM, `unexpected body: ${address.error}`);
  return address.value;
}

async function getWithRetries(url: string, options: BanGeocoderOptions): Promise<Response> {
  const deadline = Date.now() + (options.timeoutMs ?? 3_000);
  for (let attempt = 0; ; attempt++) {
    const response = await get(url, deadline);
    if (!RETRYABLE.has(response.status) || attempt === MAX_RETRIES) return response;
    const delay = retryDelay(response, attempt, options.retryBaseMs ?? 200);
    if (Date.now() + delay >= deadline) return response;
    await response.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function get(url: string, deadline: number): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    });
  } catch (error) {
    throw new UpstreamUnavailable(UPSTREAM, `no answer (${(error as Error).message})`);
  }
}

function retryDelay(response: Response, attempt: number, baseMs: number): number {
  const retryAfter = Number(response.headers.get("retry-after"));
  return Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : baseMs * 2 ** attempt;
}

/** The API's error body is `{code, message, detail?}`; the Géoplateforme answers its 429 with an HTML page. */
async function failureOf(response: Response): Promise<UpstreamUnavailable> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; detail?: unknown } | null;
  const detail = Array.isArray(body?.detail) ? ` (${body.detail.join("; ")})` : "";
  const message = typeof body?.message === "string" ? `${body.message}${detail}` : response.statusText;
  return new UpstreamUnavailable(UPSTREAM, `HTTP ${response.status}: ${message}`);
}
