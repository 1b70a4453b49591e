import { beforeEach, describe, expect, it } from "vitest";
import type { CvStore, StoredCv } from "../../src/application/job-application/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";

/** An empty CV store, and a UnitOfWork whose `cvs` is bound to each transaction. */
export type CvStoreFactory = () => Promise<{ store: CvStore; unitOfWork: UnitOfWork<{ cvs: CvStore }> }>;

/** Every byte value, then a long run: what a PDF's binary streams look like to a store. */
export function aCvFile(size = 40_000): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i < 256 ? i : (i * 7 + (i >> 8)) % 256));
}

export function aStoredCv(overrides: Partial<StoredCv> = {}): StoredCv {
  return {
    id: "cv-1",
    applicationId: "application-1",
    filename: "CV Camille Martin.pdf",
    contentType: "application/pdf",
    bytes: aCvFile(),
    createdAt: new Date("2026-11-02T08:00:00Z"),
    ...overrides,
  };
}

export function cvStoreContract(name: string, factory: CvStoreFactory) {
  describe(`CvStore contract — ${name}`, () => {
    let store: CvStore;
    let unitOfWork: UnitOfWork<{ cvs: CvStore }>;
    beforeEach(async () => {
      ({ store, unitOfWork } = await factory());
    });

    it("gives back what was put, field for field and byte for byte", async () => {
      const cv = aStoredCv();
      await store.put(cv);
      expect(await store.get("cv-1")).toEqual(cv);
    });

    it("keeps a 3 MiB file whole", async () => {
      const cv = aStoredCv({ bytes: aCvFile(3 * 1024 * 1024) });
      await store.put(cv);
      const got = await store.get("cv-1");
      // a digest: vitest compares 3 million array elements one by one for seconds
      expect(got && (await sha256(got.bytes))).toBe(await sha256(cv.bytes));
      expect(got?.bytes.length).toBe(cv.bytes.length);
    });

    it("answers null for an unknown id", async () => {
      await store.put(aStoredCv());
      expect(await store.get("cv-unknown")).toBeNull();
    });

    it("keeps what was put, even when the caller changes its array afterwards", async () => {
      const cv = aStoredCv();
      await store.put(cv);
      cv.bytes.fill(0);
      expect((await store.get("cv-1"))?.bytes).toEqual(aCvFile());
    });

    it("deletes the ids given, ignores unknown ones, and keeps the others", async () => {
      for (const id of ["cv-1", "cv-2", "cv-3"]) await store.put(aStoredCv({ id }));
      await store.delete(["cv-1", "cv-3", "cv-unknown"]);
      await store.delete([]);
      expect(await store.get("cv-1")).toBeNull();
      expect(await store.get("cv-3")).toBeNull();
      expect(await store.get("cv-2")).toEqual(aStoredCv({ id: "cv-2" }));
    });

    it("keeps a put made in a transaction that commits", async () => {
      await unitOfWork.run(({ cvs }) => cvs.put(aStoredCv()));
      expect(await store.get("cv-1")).toEqual(aStoredCv());
    });

    it("leaves nothing of a put made in a transaction that rolls back", async () => {
      const failing = unitOfWork.run(async ({ cvs }) => {
        await cvs.put(aStoredCv());
        throw new Error("the application insert failed");
      });
      await expect(failing).rejects.toThrow("the application insert failed");
      expect(await store.get("cv-1")).toBeNull();
    });

    it("undoes a delete made in a transaction that rolls back", async () => {
      await store.put(aStoredCv());
      const failing = unitOfWork.run(async ({ cvs }) => {
        await cvs.delete(["cv-1"]);
        throw new Error("the purge failed");
      });
      await expect(failing).rejects.toThrow("the purge failed");
      expect(await store.get("cv-1")).toEqual(aStoredCv());
    });
  });
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new Uint8Array(bytes));
  return Buffer.from(digest).toString("hex");
}
