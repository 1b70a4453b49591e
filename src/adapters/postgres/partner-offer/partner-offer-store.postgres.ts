import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { PartnerOfferStore } from "../../../application/partner-offer/ports.ts";
import type { PartnerOffer } from "../../../domain/partner-offer/partner-offer.ts";
import type { DiplomaLevel } from "../../../domain/referential/nomenclatures.ts";
import type { ContractTypes } from "../../../domain/shared/contract-type.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { RomeCode } from "../../../domain/shared/rome-code.ts";
import type { Db } from "../database.ts";
import { partnerOffers } from "./schema.ts";

type Row = typeof partnerOffers.$inferSelect;

/** `db` may be a transaction handle (the sync's unit of work). */
export function createPgPartnerOfferStore(db: Db): PartnerOfferStore {
  return {
    async find(id) {
      const rows = await db.select().from(partnerOffers).where(eq(partnerOffers.id, id)).limit(1);
      return rows[0] ? toOffer(rows[0]) : null;
    },
    async findMany(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select()
        .from(partnerOffers)
        .where(inArray(partnerOffers.id, [...ids]));
      return new Map(rows.map((row) => [row.id, toOffer(row)]));
    },
    async save(offers, now) {
      if (offers.length === 0) return;
      await db
        .insert(partnerOffers)
        .values(offers.map((offer) => toRow(offer, now)))
        .onConflictDoUpdate({ target: partnerOffers.id, set: everyColumnFromExcluded() });
    },
    async activeIds() {
      const rows = await db
        .select({ id: partnerOffers.id })
        .from(partnerOffers)
        .where(eq(partnerOffers.status, "active"));
      return rows.map((row) => row.id);
    },
    async withdraw(ids, now) {
      if (ids.length === 0) return;
      await db
        .update(partnerOffers)
        .set({ status: "withdrawn", changedAt: now })
        .where(and(inArray(partnerOffers.id, [...ids]), eq(partnerOffers.status, "active")));
    },
    async isEmpty() {
      const rows = await db.select({ id: partnerOffers.id }).from(partnerOffers).limit(1);
      return rows.length === 0;
    },
  };
}

/** An upsert replaces every column but the key with the proposed row's. */
function everyColumnFromExcluded() {
  const { id: _key, ...columns } = getTableColumns(partnerOffers);
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
}

function toRow(offer: PartnerOffer, now: Date): Row {
  return {
    id: offer.id,
    title: offer.title,
    romeCode: offer.romeCode,
    companyName: offer.companyName,
    placeLabel: offer.place.label,
    city: offer.place.city,
    postcode: offer.place.postcode,
    inseeCode: offer.place.inseeCode,
    latitude: offer.place.latitude,
    longitude: offer.place.longitude,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    contractTypes: [...offer.contractTypes],
    diplomaLevel: offer.diplomaLevel,
    description: offer.description,
    contactEmail: offer.contactEmail,
    status: offer.status,
    changedAt: now,
  };
}

function toOffer(row: Row): PartnerOffer {
  return {
    id: row.id,
    title: row.title,
    romeCode: row.romeCode as RomeCode,
    companyName: row.companyName,
    place: {
      label: row.placeLabel,
      city: row.city,
      postcode: row.postcode,
      inseeCode: row.inseeCode,
      latitude: row.latitude,
      longitude: row.longitude,
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    contractTypes: row.contractTypes as unknown as ContractTypes,
    diplomaLevel: row.diplomaLevel as DiplomaLevel["level"] | null,
    description: row.description,
    contactEmail: row.contactEmail as Email | null,
    status: row.status,
  };
}
