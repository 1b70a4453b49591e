import type {
  CatalogueImports,
  TrainingProviderRegistry,
  TrainingStore,
} from "../../src/application/training/ports.ts";
import { NOTHING_READ } from "../../src/domain/training/catalogue-import.ts";
import type { CatalogueTraining } from "../../src/domain/training/training.ts";

/** One implementation of the training catalogue's ports over the same trainings (memory, or a database). */
export type TrainingCatalogue = Readonly<{
  store: TrainingStore;
  providers: TrainingProviderRegistry;
  imports: CatalogueImports;
}>;

/** Builds an empty catalogue (a fresh fake, or the database emptied). */
export type TrainingCatalogueFactory = () => Promise<TrainingCatalogue>;

/** Imports `trainings` as one complete import applied at `now`, through the ports. */
export async function importNow(
  catalogue: TrainingCatalogue,
  trainings: readonly CatalogueTraining[],
  now: Date | string,
): Promise<{ removed: number }> {
  const at = new Date(now);
  const run = await catalogue.imports.start("test", at);
  const counts = { ...NOTHING_READ, read: trainings.length, kept: trainings.length };
  await catalogue.imports.stagePage(run.id, { trainings, counts, cursor: null });
  return catalogue.imports.apply(run.id, at);
}
