import { PartnerOffersUnavailable } from "../../application/partner-offer/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import { fetchWithRetry } from "../http/fetch-with-retry.ts";
import type { TokenClient } from "./token-client.ts";
import {
  type ContentRange,
  creationDateParameter,
  parseContentRange,
  rangeParameter,
  SearchPageSchema,
  type WorkStudyNature,
} from "./wire-format.ts";

/** One query of the split: a département, a nature, and a creation-date window (null: any date). */
export type OfferQuery = Readonly<{
  departement: string;
  nature: WorkStudyNature;
  window: Readonly<{ from: Date; to: Date }> | null;
}>;

export type SearchAnswer = Readonly<{ offers: readonly unknown[]; range: ContentRange | null }>;

export type SearchClientOptions = Readonly<{
  /** The API's root, "https://api.francetravail.io" (the path /partenaire/offresdemploi/v2/… is appended). */
  apiUrl: string;
  tokens: TokenClient;
  pace: () => Promise<void>;
  /** Budget of one page: every attempt and every wait a 429 asks for. */
  timeoutMs: number;
  /** Retries after a 429 or a 5xx (bounded). */
  maxRetries?: number;
  retryBaseMs?: number;
}>;

/**
 * `GET …/offres/search` for one range of one query: 204 is an empty page, 200 and 206 a page with its
 * Content-Range. A 401 (token expired early, revoked) fetches a new token and tries once more; 429 and 5xx are
 * retried by fetchWithRetry, honouring Retry-After; anything else, or retries exhausted, is an outage.
 */
export function createOfferSearchClient(options: SearchClientOptions) {
  const url = new URL("partenaire/offresdemploi/v2/offres/search", options.apiUrl.replace(/\/?$/, "/"));
  return async function searchPage(query: OfferQuery, first: number, last: number): Promise<SearchAnswer> {
    const target = new URL(url);
    target.searchParams.set("departement", query.departement);
    target.searchParams.set("natureContrat", query.nature);
    if (query.window) {
      target.searchParams.set("minCreationDate", creationDateParameter(query.window.from));
      target.searchParams.set("maxCreationDate", creationDateParameter(query.window.to));
    }
    target.searchParams.set("range", rangeParameter(first, last));
    let response = await attempt(options, target.toString());
    if (response.status === 401) {
      await response.body?.cancel();
      options.tokens.forget();
      response = await attempt(options, target.toString());
    }
    return readAnswer(response);
  };
}

async function attempt(options: SearchClientOptions, target: string): Promise<Response> {
  const token = await options.tokens.token();
  await options.pace();
  const init = { headers: { authorization: `Bearer ${token}`, accept: "application/json" } };
  const policy = {
    upstream: "France Travail",
    budgetMs: options.timeoutMs,
    retryBaseMs: options.retryBaseMs ?? 500,
    maxRetries: options.maxRetries ?? 4,
  };
  try {
    return await fetchWithRetry(target, init, policy);
  } catch (error) {
    if (error instanceof UpstreamUnavailable) throw new PartnerOffersUnavailable(error.message);
    throw error;
  }
}

async function readAnswer(response: Response): Promise<SearchAnswer> {
  if (response.status === 204) {
    await response.body?.cancel();
    return { offers: [], range: null };
  }
  if (response.status !== 200 && response.status !== 206) {
    const detail = (await response.text().catch(() => "")).slice(0, 200);
    throw new PartnerOffersUnavailable(`France Travail: HTTP ${response.status} ${detail}`.trim());
  }
  const parsed = SearchPageSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new PartnerOffersUnavailable("France Travail: unreadable search answer");
  return { offers: parsed.data.resultats, range: parseContentRange(response.headers.get("content-range")) };
}
