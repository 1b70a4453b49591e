import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { JobApplicationRepository, QuotaReservation } from "../../../application/job-application/ports.ts";
import { QUOTA_WINDOW_MS, type QuotaExceeded } from "../../../domain/job-application/quota.ts";
import type { Db } from "../database.ts";
import { changeOf, fromRow, toRow } from "./job-application-rows.postgres.ts";
import { jobApplications as applications } from "./schema.ts";

const ofOffer = (offerId: string) => and(eq(applications.targetKind, "offer"), eq(applications.targetId, offerId));
const byCreation = [asc(applications.createdAt), asc(applications.id)];

/** `db` may be a transaction handle (UnitOfWork); `reserveQuota` only holds its lock inside one. */
export function createPgJobApplicationRepository(db: Db): JobApplicationRepository {
  return {
    reserveQuota: (reservation) => reserveQuota(db, reservation),
    async insert(application, targetKey) {
      await db.insert(applications).values(toRow(application, targetKey));
    },
    async findById(id) {
      const rows = await db.select().from(applications).where(eq(applications.id, id)).limit(1);
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async listForOffer(offerId, { page, pageSize }) {
      const rows = await db
        .select()
        .from(applications)
        .where(ofOffer(offerId))
        .orderBy(desc(applications.createdAt), desc(applications.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ total: count() }).from(applications).where(ofOffer(offerId));
      return { items: rows.map(fromRow), total: total?.total ?? 0 };
    },
    async countByOffer(offerIds) {
      if (offerIds.length === 0) return new Map();
      const rows = await db
        .select({ offerId: applications.targetId, total: count() })
        .from(applications)
        .where(and(eq(applications.targetKind, "offer"), inArray(applications.targetId, [...offerIds])))
        .groupBy(applications.targetId);
      return new Map(rows.map((row) => [row.offerId, Number(row.total)]));
    },
    async listAwaitingAnswer(offerId) {
      const rows = await db
        .select()
        .from(applications)
        .where(
          and(
            ofOffer(offerId),
            eq(applications.deliveryState, "delivered"),
            isNull(applications.answeredAt),
            isNull(applications.anonymisedAt),
          ),
        )
        .orderBy(...byCreation);
      return rows.map(fromRow);
    },
    async update(application) {
      await db.update(applications).set(changeOf(application)).where(eq(applications.id, application.id));
    },
    claimAwaitingScan: (now, leaseUntil, limit) => claimAwaitingScan(db, now, leaseUntil, limit),
    async listCvsDeliveredBefore(before, limit) {
      const rows = await db
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.deliveryState, "delivered"),
            isNotNull(applications.cvId),
            lt(applications.deliveredAt, before),
          ),
        )
        .orderBy(asc(applications.deliveredAt), asc(applications.id))
        .limit(limit);
      return rows.map(fromRow);
    },
    async listInactiveSince(before, limit) {
      const rows = await db
        .select()
        .from(applications)
        .where(and(isNull(applications.anonymisedAt), lt(applications.lastActivityAt, before)))
        .orderBy(asc(applications.lastActivityAt), asc(applications.id))
        .limit(limit);
      return rows.map(fromRow);
    },
  };
}

/**
 * The advisory lock (a 64-bit hash of the lower-cased email, held to the end of the transaction) is taken in its
 * own statement: under READ COMMITTED the counts that follow then see every application committed by a
 * transaction that held it before. Rows dated after `now` (another instance's clock) count too.
 */
async function reserveQuota(db: Db, { candidateEmail, targetKey, now, quota }: QuotaReservation) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(lower(${candidateEmail}), 0))`);
  const since = new Date(now.getTime() - QUOTA_WINDOW_MS);
  const recent = (limit: number, extra?: SQL) =>
    db
      .select({ createdAt: applications.createdAt })
      .from(applications)
      .where(
        and(
          sql`lower(${applications.candidateEmail}) = lower(${candidateEmail})`,
          gt(applications.createdAt, since),
          extra,
        ),
      )
      .orderBy(desc(applications.createdAt))
      .limit(limit);
  const day = await recent(quota.perDay);
  const target = await recent(quota.perTargetPerDay, eq(applications.targetKey, targetKey));
  const refusals = [
    exceeded("day", quota.perDay, day, now),
    exceeded("target", quota.perTargetPerDay, target, now),
  ].filter((refusal) => refusal !== null);
  return refusals.sort((a, b) => b.retryAt.getTime() - a.retryAt.getTime())[0] ?? "ok";
}

/** `newest` holds at most `limit` instants, newest first: when full, one more fits once its last leaves the window. */
function exceeded(scope: QuotaExceeded["scope"], limit: number, newest: { createdAt: Date }[], now: Date) {
  if (newest.length < limit) return null;
  const freedAt = newest[limit - 1]?.createdAt ?? now;
  return { code: "QUOTA_EXCEEDED", scope, limit, retryAt: new Date(freedAt.getTime() + QUOTA_WINDOW_MS) } as const;
}

/** One statement: the SKIP LOCKED sub-select picks rows no concurrent claim holds, the UPDATE leases them. */
async function claimAwaitingScan(db: Db, now: Date, leaseUntil: Date, limit: number) {
  const free = db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.deliveryState, "awaiting_scan"),
        or(isNull(applications.scanLeaseUntil), lte(applications.scanLeaseUntil, now)),
      ),
    )
    .orderBy(...byCreation)
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(applications)
    .set({ scanAttempts: sql`${applications.scanAttempts} + 1`, scanLeaseUntil: leaseUntil })
    .where(inArray(applications.id, free))
    .returning();
  return rows.map(fromRow).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compare(a.id, b.id));
}

/** Code-point order, as a C collation sorts ids (the order only matters between equal instants). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
