import type {
  JobApplicationRepository,
  QuotaReservation,
  ResponseLink,
  ResponseLinkRepository,
} from "../../application/job-application/ports.ts";
import type { JobApplication } from "../../domain/job-application/job-application.ts";
import { QUOTA_WINDOW_MS, type QuotaExceeded } from "../../domain/job-application/quota.ts";

/** What the table keeps beside the application: the quota's target key and the delivery job's lease. */
type Stored = Readonly<{ application: JobApplication; targetKey: string; leaseUntil: Date | null }>;

type MemoryJobApplicationRepository = JobApplicationRepository &
  Readonly<{
    /** The stored applications in insertion order, for assertions. */
    rows(): readonly JobApplication[];
  }>;

type MemoryResponseLinkRepository = ResponseLinkRepository &
  Readonly<{
    /** The saved links in order, for assertions. */
    links(): readonly ResponseLink[];
  }>;

/** Both fakes over one state, with one snapshot: a participant of createMemoryUnitOfWork. */
export type MemoryJobApplicationStore = Readonly<{
  applications: MemoryJobApplicationRepository;
  responseLinks: MemoryResponseLinkRepository;
  snapshot(): () => void;
}>;

const byCreation = (a: JobApplication, b: JobApplication) =>
  a.createdAt.getTime() - b.createdAt.getTime() || compare(a.id, b.id);

const ofOffer = (offerId: string) => (application: JobApplication) =>
  application.target.kind === "offer" && application.target.offerId === offerId;

/** Behaves as job-applications.postgres.ts and response-links.postgres.ts (tests/contracts/job-application-repos.contract.ts). */
export function createMemoryJobApplicationStore(): MemoryJobApplicationStore {
  let stored: Stored[] = [];
  let links: ResponseLink[] = [];
  const all = () => stored.map((row) => row.application);
  const applications: MemoryJobApplicationRepository = {
    // Units of work run one at a time here: nothing can insert between this count and the caller's insert.
    reserveQuota: async (reservation) => reserveQuota(stored, reservation),
    async insert(application, targetKey) {
      if (stored.some((row) => row.application.id === application.id)) {
        throw new Error(`duplicate job application ${application.id}`);
      }
      stored = [...stored, { application, targetKey, leaseUntil: null }];
    },
    findById: async (id) => all().find((application) => application.id === id) ?? null,
    async listForOffer(offerId, { page, pageSize }) {
      const matching = all()
        .filter(ofOffer(offerId))
        .sort((a, b) => byCreation(b, a));
      return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length };
    },
    async countByOffer(offerIds) {
      const counts = new Map<string, number>();
      for (const application of all()) {
        const { target } = application;
        if (target.kind !== "offer" || !offerIds.includes(target.offerId)) continue;
        counts.set(target.offerId, (counts.get(target.offerId) ?? 0) + 1);
      }
      return counts;
    },
    async listAwaitingAnswer(offerId) {
      return all()
        .filter(ofOffer(offerId))
        .filter((application) => application.delivery.state === "delivered" && application.answer === null)
        .filter((application) => application.anonymisedAt === null)
        .sort(byCreation);
    },
    async update(application) {
      stored = stored.map((row) => (row.application.id === application.id ? withChange(row, application) : row));
    },
    async claimAwaitingScan(now, leaseUntil, limit) {
      const free = stored
        .filter((row) => row.application.delivery.state === "awaiting_scan")
        .filter((row) => row.leaseUntil === null || row.leaseUntil <= now)
        .sort((a, b) => byCreation(a.application, b.application))
        .slice(0, limit);
      const claimed = new Map(free.map((row) => [row.application.id, leased(row, leaseUntil)]));
      stored = stored.map((row) => claimed.get(row.application.id) ?? row);
      return [...claimed.values()].map((row) => row.application);
    },
    async listCvsDeliveredBefore(before, limit) {
      const deliveredAt = (application: JobApplication) => application.delivery.deliveredAt?.getTime() ?? 0;
      return all()
        .filter((application) => application.delivery.state === "delivered" && application.cv !== null)
        .filter((application) => deliveredAt(application) < before.getTime())
        .sort((a, b) => deliveredAt(a) - deliveredAt(b) || compare(a.id, b.id))
        .slice(0, limit);
    },
    async listInactiveSince(before, limit) {
      return all()
        .filter((application) => application.anonymisedAt === null && application.lastActivityAt < before)
        .sort((a, b) => a.lastActivityAt.getTime() - b.lastActivityAt.getTime() || compare(a.id, b.id))
        .slice(0, limit);
    },
    rows: all,
  };
  const responseLinks: MemoryResponseLinkRepository = {
    async save(link) {
      // The unique keys of the table; no foreign key (the link is saved before its application's row).
      if (links.some((other) => other.id === link.id || other.tokenHash === link.tokenHash)) {
        throw new Error(`duplicate id or token hash for response link ${link.id}`);
      }
      links = [...links, link];
    },
    findByTokenHash: async (tokenHash) => links.find((link) => link.tokenHash === tokenHash) ?? null,
    links: () => links,
  };
  return {
    applications,
    responseLinks,
    snapshot() {
      const saved = { stored, links };
      return () => {
        stored = saved.stored;
        links = saved.links;
      };
    },
  };
}

/** As the SQL statement: the target, its snapshot, the creation and the lease stay; every other field is replaced. */
function withChange(row: Stored, change: JobApplication): Stored {
  const { id, target, snapshot, recipientEmail, createdAt } = row.application;
  return { ...row, application: { ...change, id, target, snapshot, recipientEmail, createdAt } };
}

function leased(row: Stored, leaseUntil: Date): Stored {
  const { delivery } = row.application;
  const application = { ...row.application, delivery: { ...delivery, scanAttempts: delivery.scanAttempts + 1 } };
  return { ...row, application, leaseUntil };
}

function reserveQuota(stored: readonly Stored[], { candidateEmail, targetKey, now, quota }: QuotaReservation) {
  const since = now.getTime() - QUOTA_WINDOW_MS;
  const email = candidateEmail.toLowerCase();
  const recent = stored
    .filter((row) => row.application.candidate.email.toLowerCase() === email)
    .filter((row) => row.application.createdAt.getTime() > since)
    .sort((a, b) => b.application.createdAt.getTime() - a.application.createdAt.getTime());
  const refusals = [
    exceeded("day", quota.perDay, recent, now),
    exceeded(
      "target",
      quota.perTargetPerDay,
      recent.filter((row) => row.targetKey === targetKey),
      now,
    ),
  ].filter((refusal) => refusal !== null);
  return refusals.sort((a, b) => b.retryAt.getTime() - a.retryAt.getTime())[0] ?? "ok";
}

/** `newest` is newest first: when it holds `limit` or more, one more fits once the `limit`-th leaves the window. */
function exceeded(scope: QuotaExceeded["scope"], limit: number, newest: readonly Stored[], now: Date) {
  if (newest.length < limit) return null;
  const freedAt = newest[limit - 1]?.application.createdAt ?? now;
  return { code: "QUOTA_EXCEEDED", scope, limit, retryAt: new Date(freedAt.getTime() + QUOTA_WINDOW_MS) } as const;
}

/** Code-point order, as a C collation sorts ids. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
