import type { Job } from "../scheduling/index.ts";
import { importCatalogue } from "./import-catalogue.ts";
import type { CatalogueImports, TrainingCatalogueSource } from "./ports.ts";

/** A run renews its lease every third of it while pages come (a page may take the source's whole timeout). */
const IMPORT_LEASE_MS = 5 * 60_000;

/**
 * `catalogue:import`: the nightly import of the apprenticeship catalogue, on a Europe/Paris calendar (`cron`,
 * CATALOGUE_IMPORT_CRON). Its summary holds the counts and a one-line French `message`.
 */
export function catalogueJobs(
  deps: Readonly<{ source: TrainingCatalogueSource; imports: CatalogueImports; cron: string }>,
): Job[] {
  const run = importCatalogue(deps);
  return [
    {
      name: "catalogue:import",
      cron: deps.cron,
      leaseMs: IMPORT_LEASE_MS,
      run: async (now, progress) => ({ ...(await run(now, progress ?? { total: () => {}, advance: () => {} })) }),
    },
  ];
}
