import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { FeedPosition, OfferRepository } from "../../../application/offer/ports.ts";
import type { CloseReason } from "../../../domain/offer/close-reason.ts";
import type { ActiveOffer, Offer, OfferFields, ReminderKind } from "../../../domain/offer/offer.ts";
import type { CalendarDate } from "../../../domain/offer/paris-calendar.ts";
import type { TargetDiplomaLevel } from "../../../domain/offer/target-diploma-level.ts";
import type { ContractTypes } from "../../../domain/shared/contract-type.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { RomeCode } from "../../../domain/shared/rome-code.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { Db } from "../database.ts";
import { offers } from "./schema.ts";

/** Ids compare byte by byte whatever the server's collation (the fakes and PGlite order them so too). */
const byteOrderOfId = sql`${offers.id} collate "C"`;

type Row = typeof offers.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgOfferRepository(db: Db): OfferRepository {
  return {
    async insert(offer) {
      await db.insert(offers).values(toRow(offer));
    },
    async update(offer) {
      // Conditional on the revision read: under READ COMMITTED a concurrent writer's row is waited for, then the
      // condition is checked again on its new version, so the later of two writers finds 0 rows.
      const updated = await db
        .update(offers)
        .set({ ...toRow(offer), version: offer.version + 1 })
        .where(and(eq(offers.id, offer.id), eq(offers.version, offer.version)))
        .returning({ id: offers.id });
      return updated.length > 0 ? "updated" : "conflict";
    },
    async findById(id) {
      const rows = await db.select().from(offers).where(eq(offers.id, id)).limit(1);
      return rows[0] ? toOffer(rows[0]) : null;
    },
    async listByOrganisation(organisationId, statuses) {
      if (statuses.length === 0) return [];
      const rows = await db
        .select()
        .from(offers)
        .where(and(eq(offers.organisationId, organisationId), inArray(offers.status, [...statuses])))
        .orderBy(desc(offers.createdAt), byteOrderOfId);
      return rows.map(toOffer);
    },
    async listActiveExpiringBefore(instant, limit) {
      const rows = await db
        .select()
        .from(offers)
        .where(and(eq(offers.status, "active"), lte(offers.expiresAt, instant)))
        .orderBy(asc(offers.expiresAt), byteOrderOfId)
        .limit(limit);
      return rows.map(toOffer) as ActiveOffer[];
    },
    async listOnline(now, limit) {
      return db
        .select({ id: offers.id, updatedAt: offers.updatedAt })
        .from(offers)
        .where(and(eq(offers.status, "active"), gt(offers.expiresAt, now)))
        .orderBy(desc(offers.updatedAt), byteOrderOfId)
        .limit(limit);
    },
    async listChangedAfter(cursor, limit) {
      const rows = await db
        .select()
        .from(offers)
        .where(cursor ? after(cursor) : undefined)
        .orderBy(asc(offers.updatedAt), byteOrderOfId)
        .limit(limit);
      return rows.map(toOffer);
    },
    async listWithoutEmployerName(limit) {
      const rows = await db
        .select()
        .from(offers)
        .where(isNull(offers.employerName))
        .orderBy(asc(offers.createdAt), byteOrderOfId)
        .limit(limit);
      return rows.map(toOffer);
    },
    async listOpenByOrganisation(organisationId) {
      const rows = await db
        .select()
        .from(offers)
        .where(and(eq(offers.organisationId, organisationId), inArray(offers.status, ["active", "expired"])));
      return rows.map(toOffer);
    },
  };
}

/** Strictly after (updatedAt, id); ids compare byte-wise, the same on both engines. */
function after(cursor: FeedPosition) {
  return or(
    gt(offers.updatedAt, cursor.updatedAt),
    and(eq(offers.updatedAt, cursor.updatedAt), sql`${offers.id} collate "C" > ${cursor.id}`),
  );
}

function toRow(offer: Offer): Row {
  const { workplace, remindersSent, contractTypes, ...fields } = offer;
  return {
    id: fields.id,
    organisationId: fields.organisationId,
    status: offer.status,
    romeCode: fields.romeCode,
    romeLabel: fields.romeLabel,
    appellation: fields.appellation,
    diplomaLevel: fields.diplomaLevel,
    contractTypes: [...contractTypes],
    startDate: fields.startDate,
    durationMonths: fields.durationMonths,
    openings: fields.openings,
    description: fields.description,
    employerDescription: fields.employerDescription,
    contactEmail: fields.contactEmail,
    workplaceStreet: workplace.street,
    workplacePostcode: workplace.postcode,
    workplaceCity: workplace.city,
    workplaceInsee: workplace.insee,
    latitude: workplace.latitude,
    longitude: workplace.longitude,
    partnerSiret: fields.partnerSiret,
    employerName: fields.employerName,
    createdBy: fields.createdBy,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
    expiresAt: fields.expiresAt,
    lifeNumber: fields.lifeNumber,
    version: fields.version,
    remindersSent: remindersSent.map(({ kind, sentAt }) => ({ kind, sentAt: sentAt.toISOString() })),
    closedAt: offer.status === "filled" || offer.status === "deleted" ? offer.closedAt : null,
    closeReason: offer.status === "deleted" ? offer.closeReason : null,
    closeReasonDetail: offer.status === "deleted" ? offer.closeReasonDetail : null,
  };
}

function toOffer(row: Row): Offer {
  const fields: OfferFields = {
    id: row.id,
    organisationId: row.organisationId,
    romeCode: row.romeCode as RomeCode,
    romeLabel: row.romeLabel,
    appellation: row.appellation,
    diplomaLevel: row.diplomaLevel as TargetDiplomaLevel,
    contractTypes: row.contractTypes as unknown as ContractTypes,
    startDate: row.startDate as CalendarDate,
    durationMonths: row.durationMonths,
    openings: row.openings,
    description: row.description,
    employerDescription: row.employerDescription,
    contactEmail: row.contactEmail as Email,
    workplace: {
      street: row.workplaceStreet,
      postcode: row.workplacePostcode,
      city: row.workplaceCity,
      insee: row.workplaceInsee,
      latitude: row.latitude,
      longitude: row.longitude,
    },
    partnerSiret: row.partnerSiret as Siret | null,
    employerName: row.employerName,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    expiresAt: row.expiresAt,
    lifeNumber: row.lifeNumber,
    remindersSent: row.remindersSent.map(({ kind, sentAt }) => ({
      kind: kind as ReminderKind,
      sentAt: new Date(sentAt),
    })),
    version: row.version,
  };
  const closedAt = row.closedAt ?? row.updatedAt;
  switch (row.status) {
    case "active":
    case "expired":
      return { ...fields, status: row.status };
    case "filled":
      return { ...fields, status: "filled", closedAt };
    case "deleted":
      return {
        ...fields,
        status: "deleted",
        closedAt,
        closeReason: row.closeReason as CloseReason,
        closeReasonDetail: row.closeReasonDetail,
      };
  }
}
