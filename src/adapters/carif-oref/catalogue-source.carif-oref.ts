import {
  type CataloguePage,
  CatalogueUnavailable,
  type TrainingCatalogueSource,
} from "../../application/training/ports.ts";
import { toCatalogueRecord } from "./catalogue-record.ts";
import { CataloguePageSchema } from "./catalogue-wire-format.ts";

/**
 * The national apprenticeship catalogue of the Réseau des Carif-Oref (anti-corruption layer).
 *
 * Wire format, as its public API serves it: `GET {base}/api/v1/entity/formations?query=<JSON>&page=<n>&limit=<m>`
 * answers `{ formations: [...], pagination: { page, resultats_par_page, nombre_de_page, total } }`, pages counted
 * from 1. `query` is a MongoDB-style JSON filter; we ask for `{"published":true,"catalogue_published":true}`, the
 * trainings published in the general catalogue (those the partner platforms show). Records are mapped by
 * catalogue-record.ts.
 *
 * Decisions where the documentation is silent:
 * - cursor = the next page number as a string; the last page is the one whose number reaches `nombre_de_page`, or
 *   a page without records.
 * - no retries here: a failed page stops the import, which resumes from that page's cursor on its next run.
 * - network error, timeout, a non-2xx answer, unreadable JSON, or a body not shaped like a page →
 *   CatalogueUnavailable; a malformed record inside a good page is only a rejected record.
 * - websites are not in the catalogue's published schema: `etablissement_*_site_web` is read when present.
 */
export type CarifOrefCatalogueOptions = Readonly<{
  /** e.g. "https://catalogue-apprentissage.intercariforef.org"; a local stub in tests. */
  baseUrl: string;
  /** Budget of one page request. */
  timeoutMs: number;
  /** Records per page (the API's `limit`). */
  pageSize: number;
  /** The platform fetch by default (Node and Deno); injectable for tests. */
  fetch?: typeof fetch;
}>;

const PUBLISHED_IN_CATALOGUE = JSON.stringify({ published: true, catalogue_published: true });

export function createCarifOrefCatalogueSource(options: CarifOrefCatalogueOptions): TrainingCatalogueSource {
  const base = options.baseUrl.replace(/\/+$/, "");
  const fetchPage = options.fetch ?? fetch;
  return {
    name: "carif-oref",
    async page(cursor) {
      const page = pageNumberOf(cursor);
      const query = new URLSearchParams({
        query: PUBLISHED_IN_CATALOGUE,
        page: String(page),
        limit: String(options.pageSize),
      });
      const url = `${base}/api/v1/entity/formations?${query}`;
      return interpret(page, await answerOf(fetchPage, url, options.timeoutMs));
    },
  };
}

function pageNumberOf(cursor: string | null): number {
  if (cursor === null) return 1;
  if (!/^[1-9]\d*$/.test(cursor)) throw new RangeError(`Carif-Oref: curseur de page illisible « ${cursor} »`);
  return Number(cursor);
}

async function answerOf(fetchPage: typeof fetch, url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchPage(url, {
      headers: { Accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CatalogueUnavailable(`Carif-Oref: no answer (${(error as Error).message})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CatalogueUnavailable(`Carif-Oref: HTTP ${response.status}`);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new CatalogueUnavailable(`Carif-Oref: unreadable body (${(error as Error).message})`);
  }
}

function interpret(page: number, body: unknown): CataloguePage {
  const parsed = CataloguePageSchema.safeParse(body);
  if (!parsed.success) throw new CatalogueUnavailable(`Carif-Oref: unexpected page: ${parsed.error.message}`);
  const { formations, pagination } = parsed.data;
  const last = formations.length === 0 || page >= pagination.nombre_de_page;
  return { records: formations.map(toCatalogueRecord), next: last ? null : String(page + 1), total: pagination.total };
}
