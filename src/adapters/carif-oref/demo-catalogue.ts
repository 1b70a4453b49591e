import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { Clock } from "../../application/shared/ports.ts";
import type { TrainingCatalogueSource } from "../../application/training/ports.ts";
import type { DiffusibleEstablishment } from "../../domain/shared/establishment.ts";
import type { NafCode } from "../../domain/shared/naf-code.ts";
import { toCatalogueRecord } from "./catalogue-record.ts";
import { nextRentreeShift, shiftSessionYears } from "./demo-sessions.ts";

/**
 * The offline catalogue (development, tests, demos): the 4,357 apprenticeship trainings of Parcoursup 2020, shipped
 * in the Carif-Oref wire format in data/catalogue/demo-catalogue.json.gz (built by scripts/build-training-catalogue.ts;
 * docs/DATA.md says what is real and what is generated demo data). It runs the real adapter's mapping.
 */
const DEMO_FILE = fileURLToPath(new URL("../../../data/catalogue/demo-catalogue.json.gz", import.meta.url));

/** GET /dev/fixtures: a real CFA of the demo catalogue, listed without Qualiopi (CFA sign-up refuses it). */
export const DEMO_CATALOGUE_FIXTURES = { cfaWithoutQualiopiInCatalogue: "99120125100014" } as const;

type DemoFile = Readonly<{ sessionBaseYear: number; formations: readonly Record<string, unknown>[] }>;

/** ≈ 0.4 MB compressed, 7 MB of JSON, ≈ 6 MB of heap once parsed. */
function readDemoFile(): DemoFile {
  return JSON.parse(gunzipSync(readFileSync(DEMO_FILE)).toString("utf8")) as DemoFile;
}

/** Kept while an import walks the pages, dropped once it has served the last one: the service does not keep it. */
let cached: DemoFile | null = null;

export type DemoCatalogueOptions = Readonly<{
  pageSize: number;
  /** Moves the demo sessions to the next September's rentrée as of now; the platform clock by default. */
  clock?: Clock;
}>;

/** The demo catalogue, page by page like the real one: cursor = the next page number, from 1. */
export function createDemoCatalogueSource(options: DemoCatalogueOptions): TrainingCatalogueSource {
  return {
    name: "demo-2020",
    async page(cursor) {
      cached ??= readDemoFile();
      const { sessionBaseYear, formations } = cached;
      const page = cursor === null ? 1 : Number(cursor);
      if (!Number.isInteger(page) || page < 1) throw new RangeError(`curseur de page illisible « ${cursor} »`);
      const shift = nextRentreeShift(sessionBaseYear, options.clock?.now() ?? new Date());
      const slice = formations.slice((page - 1) * options.pageSize, page * options.pageSize);
      const next = page * options.pageSize < formations.length ? String(page + 1) : null;
      if (next === null) cached = null;
      return {
        records: slice.map((record) => toCatalogueRecord(shiftSessionYears(record, shift))),
        next,
        total: formations.length,
      };
    },
  };
}

/**
 * Every formateur of the demo catalogue as the offline INSEE directory should know it: open, diffusible, NAF
 * 85.32Z (enseignement secondaire technique ou professionnel: division 85, so eligibility says "cfa_only").
 * Their SIRETs are demo numbers; the legal name is the catalogue's. Sorted by SIRET.
 */
export function demoCatalogueEstablishments(): DiffusibleEstablishment[] {
  establishments ??= formateursOf(cached ?? readDemoFile());
  return [...establishments];
}

let establishments: readonly DiffusibleEstablishment[] | null = null;

function formateursOf(file: DemoFile): DiffusibleEstablishment[] {
  const bySiret = new Map<string, DiffusibleEstablishment>();
  for (const raw of file.formations) {
    const record = toCatalogueRecord(raw);
    if (record.kind !== "training" || bySiret.has(record.training.formateur.siret)) continue;
    const { siret, legalName, address } = record.training.formateur;
    bySiret.set(siret, {
      siret,
      diffusible: true,
      legalName,
      brand: null,
      address,
      nafCode: "85.32Z" as NafCode,
      open: true,
      headcountBand: null,
      idccs: [],
    });
  }
  return [...bySiret.values()].sort((a, b) => a.siret.localeCompare(b.siret));
}
