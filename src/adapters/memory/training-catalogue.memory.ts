import { type CatalogueTraining, trainingIdOf } from "../../domain/training/training.ts";
import { createMemoryCatalogueImports } from "./training-imports.memory.ts";
import { createMemoryTrainingProviderRegistry } from "./training-providers.memory.ts";
import type { MemoryTrainingRows } from "./training-rows.memory.ts";
import { createMemoryTrainingStore } from "./training-store.memory.ts";

/**
 * The training catalogue in memory: its store, the establishments registry derived from it and its imports, over
 * the same trainings. `live` trainings start in the catalogue, as an applied import at `since` would leave them.
 */
export function createMemoryTrainingCatalogue(live: readonly CatalogueTraining[] = [], since = new Date(0)) {
  const rows: MemoryTrainingRows = new Map();
  for (const record of live) {
    const id = trainingIdOf(record.catalogueKey);
    rows.set(id, { training: { ...record, id, updatedAt: since }, removedAt: null });
  }
  return {
    store: createMemoryTrainingStore(rows),
    providers: createMemoryTrainingProviderRegistry(rows),
    imports: createMemoryCatalogueImports(rows),
  };
}
