import type { CvStore, StoredCv } from "../../application/job-application/ports.ts";
import type { Snapshottable } from "./unit-of-work.memory.ts";

export type MemoryCvStore = CvStore & Snapshottable & Readonly<{ size(): number }>;

/**
 * The CV store in memory, behaving as cv-store.postgres.ts does (tests/contracts/cv-store.contract.ts), without the
 * encryption. It keeps copies: a caller changing its array after `put`, or the one `get` gave, changes nothing here.
 */
export function createMemoryCvStore(): MemoryCvStore {
  let rows = new Map<string, StoredCv>();
  return {
    async put(cv) {
      rows.set(cv.id, copyOf(cv));
    },
    async get(id) {
      const cv = rows.get(id);
      return cv ? copyOf(cv) : null;
    },
    async delete(ids) {
      for (const id of ids) rows.delete(id);
    },
    size: () => rows.size,
    snapshot() {
      const saved = new Map(rows);
      return () => {
        rows = saved;
      };
    },
  };
}

function copyOf(cv: StoredCv): StoredCv {
  return { ...cv, bytes: new Uint8Array(cv.bytes), createdAt: new Date(cv.createdAt) };
}
