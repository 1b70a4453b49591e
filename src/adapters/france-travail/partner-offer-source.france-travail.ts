import type { PartnerOfferBatch, PartnerOfferSource } from "../../application/partner-offer/ports.ts";
import type { PartnerOfferContent } from "../../domain/partner-offer/partner-offer.ts";
import { DEPARTEMENTS } from "./departements.ts";
import { toPartnerOffer } from "./offer-mapping.ts";
import { createOfferSearchClient, type OfferQuery, type SearchAnswer } from "./offer-search-client.ts";
import { createRequestPacer } from "./request-pacer.ts";
import { createTokenClient } from "./token-client.ts";
import { MAX_RANGE_LAST, MAX_RANGE_SIZE, MAX_REACHABLE, WORK_STUDY_NATURES } from "./wire-format.ts";

export type FranceTravailSourceOptions = Readonly<{
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  requestsPerSecond?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  departements?: readonly string[];
  /** The start of the first creation-date window when a query must be split (older offers are not sought). */
  earliestCreation?: Date;
}>;

/** Below this a window is not split further: what lies past the position cap is not reachable. */
const SMALLEST_WINDOW_MS = 60_000;

/**
 * France Travail's apprenticeship and professionalisation offers, département by département and nature by
 * nature, in ranges of 150. One query reaches only 3,150 positions: when Content-Range's total says more, the
 * query is split into two creation-date windows (meeting at one instant, so an offer there may come twice),
 * again until each fits.
 */
export function createFranceTravailPartnerOfferSource(options: FranceTravailSourceOptions): PartnerOfferSource {
  const tokens = createTokenClient(options);
  const searchPage = createOfferSearchClient({
    ...options,
    tokens,
    pace: createRequestPacer(options.requestsPerSecond ?? 10),
  });
  const earliest = options.earliestCreation ?? new Date("2010-01-01T00:00:00Z");
  return {
    name: "france-travail",
    async *batches() {
      const until = new Date(Math.ceil(Date.now() / 1000) * 1000 + 1000);
      const expected = { units: 0 };
      for (const departement of options.departements ?? DEPARTEMENTS) {
        for (const nature of WORK_STUDY_NATURES) {
          yield* readQuery({ departement, nature, window: null }, { earliest, until, expected, searchPage });
        }
      }
    },
  };
}

type ReadContext = Readonly<{
  earliest: Date;
  until: Date;
  expected: { units: number };
  searchPage: ReturnType<typeof createOfferSearchClient>;
}>;

async function* readQuery(query: OfferQuery, context: ReadContext): AsyncGenerator<PartnerOfferBatch> {
  const first = await context.searchPage(query, 0, MAX_RANGE_SIZE - 1);
  if (first.offers.length === 0) return;
  const total = first.range?.total ?? first.offers.length;
  const window = query.window ?? { from: context.earliest, to: context.until };
  if (total > MAX_REACHABLE && window.to.getTime() - window.from.getTime() > SMALLEST_WINDOW_MS) {
    const middle = new Date(Math.floor((window.from.getTime() + window.to.getTime()) / 2000) * 1000);
    yield* readQuery({ ...query, window: { from: window.from, to: middle } }, context);
    yield* readQuery({ ...query, window: { from: middle, to: window.to } }, context);
    return;
  }
  context.expected.units += Math.min(total, MAX_REACHABLE);
  yield batchOf(first, query, context.expected.units);
  for (let start = MAX_RANGE_SIZE; start < Math.min(total, MAX_REACHABLE); start += MAX_RANGE_SIZE) {
    const page = await context.searchPage(query, start, Math.min(start + MAX_RANGE_SIZE - 1, MAX_RANGE_LAST));
    if (page.offers.length === 0) return;
    yield batchOf(page, query, context.expected.units);
  }
}

function batchOf(answer: SearchAnswer, query: OfferQuery, total: number): PartnerOfferBatch {
  const offers: PartnerOfferContent[] = [];
  let rejected = 0;
  for (const raw of answer.offers) {
    const mapped = toPartnerOffer(raw, query.nature);
    if (mapped.kind === "offer") offers.push(mapped.offer);
    else rejected++;
  }
  return { offers, rejected, total };
}
