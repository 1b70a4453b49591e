import { and, eq, isNull } from "drizzle-orm";
import type { OfferActionLinkRepository, OfferShareRepository } from "../../../application/offer/ports.ts";
import type { Db } from "../database.ts";
import { offerActionLinks, offerCfaShares } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgOfferActionLinkRepository(db: Db): OfferActionLinkRepository {
  return {
    async save(link) {
      await db.insert(offerActionLinks).values(link);
    },
    async findByTokenHash(tokenHash) {
      const rows = await db.select().from(offerActionLinks).where(eq(offerActionLinks.tokenHash, tokenHash)).limit(1);
      return rows[0] ?? null;
    },
    async markUsed(id, now) {
      const updated = await db
        .update(offerActionLinks)
        .set({ usedAt: now })
        .where(and(eq(offerActionLinks.id, id), isNull(offerActionLinks.usedAt)))
        .returning({ id: offerActionLinks.id });
      return updated.length > 0;
    },
  };
}

export function createPgOfferShareRepository(db: Db): OfferShareRepository {
  return {
    async add(offerId, cfaSiret, now) {
      const inserted = await db
        .insert(offerCfaShares)
        .values({ offerId, cfaSiret, sharedAt: now })
        .onConflictDoNothing()
        .returning({ offerId: offerCfaShares.offerId });
      return inserted.length > 0 ? "added" : "exists";
    },
    async listSirets(offerId) {
      const rows = await db
        .select({ cfaSiret: offerCfaShares.cfaSiret })
        .from(offerCfaShares)
        .where(eq(offerCfaShares.offerId, offerId));
      return rows.map((row) => row.cfaSiret).sort();
    },
  };
}
