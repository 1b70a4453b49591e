import { eq } from "drizzle-orm";
import type { ResponseLinkRepository } from "../../../application/job-application/ports.ts";
import type { Db } from "../database.ts";
import { applicationResponseLinks as links } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). A second link with the same token hash violates its unique key. */
export function createPgResponseLinkRepository(db: Db): ResponseLinkRepository {
  return {
    async save(link) {
      await db.insert(links).values(link);
    },
    async findByTokenHash(tokenHash) {
      const rows = await db.select().from(links).where(eq(links.tokenHash, tokenHash)).limit(1);
      return rows[0] ?? null;
    },
  };
}
