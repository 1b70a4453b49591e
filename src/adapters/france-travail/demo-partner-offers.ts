import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { PartnerOfferBatch, PartnerOfferSource } from "../../application/partner-offer/ports.ts";
import { PartnerOffersUnavailable } from "../../application/partner-offer/ports.ts";
import type { PartnerOfferContent } from "../../domain/partner-offer/partner-offer.ts";
import { toPartnerOffer } from "./offer-mapping.ts";

/** Where the data generator (`npm run data:generate`) writes the demo France Travail offers. */
const DEMO_PARTNER_OFFERS_FILE = "data/demo/partner-offers.jsonl.gz";

const BATCH_SIZE = 1_000;

/**
 * The offline France Travail source: a gzipped file of one France Travail offer object a line, the API's own
 * wire format (wire-format.ts), read in batches. No file: no offer (nothing to sync yet); an unreadable file
 * is an outage (nothing withdrawn).
 */
export function createDemoPartnerOfferSource(path: string = DEMO_PARTNER_OFFERS_FILE): PartnerOfferSource {
  return {
    name: "demo-file",
    async *batches() {
      if (!existsSync(path)) return;
      let offers: PartnerOfferContent[] = [];
      let rejected = 0;
      try {
        const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
        for await (const line of lines) {
          if (line.trim() === "") continue;
          const mapped = toPartnerOffer(parseLine(line));
          if (mapped.kind === "offer") offers.push(mapped.offer);
          else rejected++;
          if (offers.length + rejected >= BATCH_SIZE) {
            yield batch(offers, rejected);
            offers = [];
            rejected = 0;
          }
        }
      } catch (error) {
        throw new PartnerOffersUnavailable(`demo file ${path}: ${(error as Error).message}`);
      }
      if (offers.length + rejected > 0) yield batch(offers, rejected);
    },
  };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function batch(offers: readonly PartnerOfferContent[], rejected: number): PartnerOfferBatch {
  return { offers, rejected, total: null };
}
