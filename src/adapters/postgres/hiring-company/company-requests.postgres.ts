import { and, asc, count, eq, isNull, type SQL } from "drizzle-orm";
import type {
  CompanyDecisions,
  ContactUpdateRequests,
  UnsubscriptionLinks,
} from "../../../application/hiring-company/ports.ts";
import type { ContactUpdateRequest } from "../../../domain/hiring-company/contact-update-request.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { Db } from "../database.ts";
import {
  companyUnsubscriptionLinks,
  companyUpdateRequests,
  dereferencedCompanies,
  hiringCompanyContacts,
} from "./schema.ts";

/** Dereferencings and approved contact changes; `db` may be a transaction handle. */
export function createPgCompanyDecisions(db: Db): CompanyDecisions {
  return {
    async dereference(records) {
      if (records.length === 0) return;
      await db
        .insert(dereferencedCompanies)
        .values([...records])
        .onConflictDoNothing();
    },
    async contactOverride(siret) {
      const rows = await db.select().from(hiringCompanyContacts).where(eq(hiringCompanyContacts.siret, siret));
      const row = rows[0];
      return row ? { siret: row.siret as Siret, email: row.email as Email | null, phone: row.phone } : null;
    },
    async saveContactOverride(override, now) {
      const values = { ...override, updatedAt: now };
      await db
        .insert(hiringCompanyContacts)
        .values(values)
        .onConflictDoUpdate({ target: hiringCompanyContacts.siret, set: values });
    },
  };
}

export function createPgUnsubscriptionLinks(db: Db): UnsubscriptionLinks {
  return {
    async save(link) {
      await db.insert(companyUnsubscriptionLinks).values({ ...link, sirets: [...link.sirets] });
    },
    async findByHash(tokenHash) {
      const rows = await db
        .select()
        .from(companyUnsubscriptionLinks)
        .where(eq(companyUnsubscriptionLinks.tokenHash, tokenHash))
        .limit(1);
      const row = rows[0];
      return row ? { ...row, email: row.email as Email, sirets: row.sirets as Siret[] } : null;
    },
    async markUsed(id, now) {
      const updated = await db
        .update(companyUnsubscriptionLinks)
        .set({ usedAt: now })
        .where(and(eq(companyUnsubscriptionLinks.id, id), isNull(companyUnsubscriptionLinks.usedAt)))
        .returning({ id: companyUnsubscriptionLinks.id });
      return updated.length > 0;
    },
  };
}

type RequestRow = typeof companyUpdateRequests.$inferSelect;

const requestOf = (row: RequestRow): ContactUpdateRequest => ({
  ...row,
  siret: row.siret as Siret,
  email: row.email as Email | null,
  requesterEmail: row.requesterEmail as Email,
  status: row.status as ContactUpdateRequest["status"],
});

export function createPgContactUpdateRequests(db: Db): ContactUpdateRequests {
  return {
    async add(request) {
      await db.insert(companyUpdateRequests).values(request);
    },
    async findById(id) {
      const rows = await db.select().from(companyUpdateRequests).where(eq(companyUpdateRequests.id, id));
      return rows[0] ? requestOf(rows[0]) : null;
    },
    async list({ status, page, pageSize }) {
      const where: SQL | undefined = status === null ? undefined : eq(companyUpdateRequests.status, status);
      const rows = await db
        .select()
        .from(companyUpdateRequests)
        .where(where)
        .orderBy(asc(companyUpdateRequests.createdAt), asc(companyUpdateRequests.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ n: count() }).from(companyUpdateRequests).where(where);
      return { items: rows.map(requestOf), total: total?.n ?? 0 };
    },
    async saveDecision(request) {
      const { status, decidedAt, decidedBy } = request;
      const updated = await db
        .update(companyUpdateRequests)
        .set({ status, decidedAt, decidedBy })
        .where(and(eq(companyUpdateRequests.id, request.id), eq(companyUpdateRequests.status, "pending")))
        .returning({ id: companyUpdateRequests.id });
      return updated.length > 0;
    },
  };
}
