import { sql } from "drizzle-orm";
import type { EstablishmentQuery } from "../../../application/training/ports.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { EstablishmentMatch } from "../../../domain/training/training-search.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";

type Row = { siret: string; name: string; uai: string | null; city: string | null; qualiopi: boolean };

/**
 * "Find my establishment" (TrainingStore.findEstablishments): the trainings matching the query give their
 * formateur SIRET and its best rank; the establishment is then described by all its live trainings, as the
 * registry does (the first by id names it; Qualiopi when any is). `query.text` carries no LIKE wildcard
 * (normaliseSearchText keeps [a-z0-9 ]).
 */
export async function findEstablishments(
  db: Db,
  query: EstablishmentQuery,
  limit: number,
): Promise<EstablishmentMatch[]> {
  const { text, code } = query;
  const byCode = code === "" ? sql`false` : sql`codes @> array[${code}]::text[]`;
  const byText = text === "" ? sql`false` : sql`(search_text like ${`%${text}%`} or ${text} <% search_text)`;
  const result = await db.execute(sql`
    with hits as (
      select formateur_siret,
             min(case when ${byCode} then 0
                      when search_text like ${`${text}%`} then 1
                      when search_text like ${`% ${text}%`} then 2
                      when search_text like ${`%${text}%`} then 3
                      else 4 end) as rank,
             max(word_similarity(${text}, search_text)) as likeness
        from trainings
       where removed_at is null and (${byCode} or ${byText})
       group by formateur_siret
    ),
    establishments as (
      select h.formateur_siret as siret, h.rank, case when h.rank = 4 then h.likeness else 0 end as likeness,
             (array_agg(t.record order by t.id collate "C"))[1] -> 'formateur' as formateur,
             bool_or(t.qualiopi) as qualiopi
        from hits h join trainings t on t.formateur_siret = h.formateur_siret and t.removed_at is null
       group by h.formateur_siret, h.rank, h.likeness
    )
    select siret, formateur ->> 'legalName' as name, formateur ->> 'uai' as uai,
           formateur -> 'address' ->> 'city' as city, qualiopi
      from establishments
     order by rank, likeness desc, formateur ->> 'legalName' collate "C", siret collate "C"
     limit ${limit}`);
  return rowsOf<Row>(result).map((row) => ({ ...row, siret: row.siret as Siret }));
}
