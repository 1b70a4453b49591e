import {
  type CatalogueRecord,
  CatalogueUnavailable,
  type TrainingCatalogueSource,
} from "../../application/training/ports.ts";

export type MemoryCatalogueSource = TrainingCatalogueSource & {
  /** From now on, the page numbered `page` (from 1) throws CatalogueUnavailable; null heals the source. */
  failAtPage(page: number | null): void;
};

/**
 * A scripted catalogue for application tests: `pages[0]` is page 1, and so on; cursors are page numbers, as the
 * Carif-Oref adapter's. An empty script is one empty last page.
 */
export function createMemoryCatalogueSource(
  pages: readonly (readonly CatalogueRecord[])[],
  options: Readonly<{ failAtPage?: number; name?: string }> = {},
): MemoryCatalogueSource {
  let failing = options.failAtPage ?? null;
  const total = pages.reduce((sum, records) => sum + records.length, 0);
  return {
    name: options.name ?? "memory",
    failAtPage(page) {
      failing = page;
    },
    async page(cursor) {
      const page = cursor === null ? 1 : Number(cursor);
      if (!Number.isInteger(page) || page < 1) throw new RangeError(`curseur de page illisible « ${cursor} »`);
      if (page === failing) throw new CatalogueUnavailable(`memory catalogue: page ${page} fails (scripted)`);
      return { records: pages[page - 1] ?? [], next: page < pages.length ? String(page + 1) : null, total };
    },
  };
}
