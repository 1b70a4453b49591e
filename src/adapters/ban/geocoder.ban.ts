import type { Geocoder } from "../../application/geocoding/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import { normaliseAddressQuery } from "../../domain/geocoding/address-query.ts";
import type { GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";
import { fetchWithRetry } from "../http/fetch-with-retry.ts";
import { BanSearchResponseSchema, toGeocodedAddress } from "./ban-search-response.ts";

const UPSTREAM = "BAN";
const REQUEST = { headers: { Accept: "application/json" } };
/**
 * The national address API (Base Adresse Nationale) as served by the IGN Géoplateforme. The historical host
 * https://api-adresse.data.gouv.fr (same `/search/`, same answers) was shut down at the end of January 2026.
 */
const DEFAULT_BAN_BASE_URL = "https://data.geopf.fr/geocodage";
/** Below this score the best match is a guess (the API's own example "8 bd du port" scores 0.49 in Amiens). */
const DEFAULT_BAN_MIN_SCORE = 0.5;

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
 * `GET {base}/search/?q=…&limit=1&autocomplete=0` (anti-corruption layer, docs/ARCHITECTURE.md "Adapters"; no API key):
 * 200 → the best feature, zod-parsed and mapped by toGeocodedAddress, or null when there is none or its score is
 * below the minimum; a query the API would refuse (normaliseAddressQuery) → null without a call; 429 (its limit is
 * 50 calls a second per IP), 5xx or a network failure → at most 2 retries with backoff (fetchWithRetry), then
 * UpstreamUnavailable; timeout, any other status (400 included: the query was checked, so it means a broken
 * request) or an unexpected body → UpstreamUnavailable.
 */
export function createBanGeocoder(options: BanGeocoderOptions = {}): Geocoder {
  const base = (options.baseUrl ?? DEFAULT_BAN_BASE_URL).replace(/\/+$/, "");
  const minScore = options.minScore ?? DEFAULT_BAN_MIN_SCORE;
  const policy = { upstream: UPSTREAM, budgetMs: options.timeoutMs ?? 3_000, retryBaseMs: options.retryBaseMs ?? 200 };
  return {
    async geocode(raw) {
      const q = normaliseAddressQuery(raw);
      if (q === null) return null;
      const params = new URLSearchParams({ q, limit: "1", autocomplete: "0" });
      const response = await fetchWithRetry(`${base}/search/?${params}`, REQUEST, policy);
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

/** The API's error body is `{code, message, detail?}`; the Géoplateforme answers its 429 with an HTML page. */
async function failureOf(response: Response): Promise<UpstreamUnavailable> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; detail?: unknown } | null;
  const detail = Array.isArray(body?.detail) ? ` (${body.detail.join("; ")})` : "";
  const message = typeof body?.message === "string" ? `${body.message}${detail}` : response.statusText;
  return new UpstreamUnavailable(UPSTREAM, `HTTP ${response.status}: ${message}`);
}
