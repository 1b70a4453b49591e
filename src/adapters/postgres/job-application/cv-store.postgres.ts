import { eq, inArray } from "drizzle-orm";
import type { CvStore, StoredCv } from "../../../application/job-application/ports.ts";
import type { CvCipher } from "../../system/cv-cipher.web-crypto.ts";
import type { Db } from "../database.ts";
import { applicationCvs as cvs } from "./cv-schema.ts";

/**
 * The CVs in `application_cvs`, sealed by `cipher` (the file's bytes never reach the database). `db` is the
 * database or a transaction: a put bound to a transaction that rolls back leaves nothing.
 */
export function createPgCvStore(db: Db, cipher: CvCipher): CvStore {
  return {
    async put(cv) {
      const { id, applicationId, filename, contentType, createdAt } = cv;
      const sealed = await cipher.seal(cv.bytes, id);
      await db.insert(cvs).values({ id, applicationId, filename, contentType, sealed, createdAt });
    },
    async get(id) {
      const [row] = await db.select().from(cvs).where(eq(cvs.id, id));
      if (!row) return null;
      const bytes = await cipher.open(row.sealed, id);
      return bytes === null ? null : toStoredCv(row, bytes);
    },
    async delete(ids) {
      if (ids.length === 0) return;
      await db.delete(cvs).where(inArray(cvs.id, [...ids]));
    },
  };
}

function toStoredCv(row: typeof cvs.$inferSelect, bytes: Uint8Array): StoredCv {
  const { id, applicationId, filename, contentType, createdAt } = row;
  return { id, applicationId, filename, contentType, bytes, createdAt };
}
