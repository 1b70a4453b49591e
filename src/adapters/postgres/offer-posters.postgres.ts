import { eq } from "drizzle-orm";
import type { OfferCompany, OfferPosters } from "../../application/offer/index.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Db } from "./database.ts";
import { organisations, users } from "./schema/identity.ts";
import { establishmentProfiles } from "./schema/recruiter.ts";
import { communes } from "./schema/referential.ts";

/** A company's address as stored, placed at its commune's centroid (the SIRET gives no finer point). */
export type CompanyAddress = Readonly<{
  siret: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  insee: string | null;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

/**
 * What the offer context reads of the other contexts' tables (read-only): a company's establishment profile,
 * an organisation's name and kind, a person's phone. Partners come from the CFA-mandate context (`partnerOf`).
 */
export function createPgOfferPosters(
  db: Db,
  partners: (cfaOrganisationId: string, siret: string) => Promise<CompanyAddress | null>,
): OfferPosters {
  return {
    async companyOf(organisationId) {
      const rows = await db
        .select()
        .from(establishmentProfiles)
        .where(eq(establishmentProfiles.organisationId, organisationId))
        .limit(1);
      const profile = rows[0];
      if (!profile) return null;
      const name = profile.brand?.trim() || profile.legalName;
      return placeCompany(db, {
        ...profile,
        name,
        opco: profile.opco && { code: profile.opco.code, label: profile.opco.label },
      });
    },
    async partnerOf(cfaOrganisationId, siret) {
      const partner = await partners(cfaOrganisationId, siret);
      return partner ? placeCompany(db, partner) : null;
    },
    async organisation(organisationId) {
      const rows = await db.select().from(organisations).where(eq(organisations.id, organisationId)).limit(1);
      return rows[0] ? { name: rows[0].displayName, kind: rows[0].kind } : null;
    },
    async phoneOf(userId) {
      const rows = await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId)).limit(1);
      return rows[0]?.phone ?? null;
    },
  };
}

async function placeCompany(db: Db, address: CompanyAddress): Promise<OfferCompany> {
  const commune = address.insee
    ? (await db.select().from(communes).where(eq(communes.insee, address.insee)).limit(1))[0]
    : undefined;
  return {
    siret: address.siret as Siret,
    name: address.name,
    opco: address.opco,
    workplace: {
      street: address.street,
      postcode: address.postcode,
      city: address.city,
      insee: address.insee,
      latitude: commune?.latitude ?? null,
      longitude: commune?.longitude ?? null,
    },
  };
}
