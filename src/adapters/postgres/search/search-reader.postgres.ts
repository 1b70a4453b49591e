import type { JobSearchHit, SearchReader } from "../../../application/search/ports.ts";
import { kmOfChordSquared, roundedToTenthKm } from "../../../domain/search/great-circle.ts";
import type { Db } from "../database.ts";
import { executePrepared } from "../prepared-query.postgres.ts";
import { jobSearchStatement } from "./job-search-sql.postgres.ts";
import { entryOfRow, type SearchItemRow } from "./search-rows.postgres.ts";

export { jobSearchStatement } from "./job-search-sql.postgres.ts";

type ResultRow = Readonly<{
  offers: number | string;
  partner_offers: number | string;
  companies: number | string;
  chord2: number | string | null;
}> &
  (SearchItemRow | { [K in keyof SearchItemRow]: null });

/** The jobs search on the read model (searches go to `kit.readDb`, the replica when there is one). */
export function createPgSearchReader(db: Db): SearchReader {
  return {
    async search(query) {
      const rows = await executePrepared<ResultRow>(db, jobSearchStatement(query));
      const first = rows[0];
      const hits: JobSearchHit[] = rows.flatMap((row) =>
        row.id === null || row.chord2 === null
          ? []
          : [
              {
                entry: entryOfRow(row as SearchItemRow),
                distanceKm: roundedToTenthKm(kmOfChordSquared(Number(row.chord2))),
              },
            ],
      );
      return {
        hits,
        totals: {
          offers: Number(first?.offers ?? 0),
          partnerOffers: Number(first?.partner_offers ?? 0),
          companies: Number(first?.companies ?? 0),
        },
      };
    },
  };
}
