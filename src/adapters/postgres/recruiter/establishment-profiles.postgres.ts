import { eq } from "drizzle-orm";
import type { EstablishmentProfileRepository } from "../../../application/recruiter/ports.ts";
import type { EstablishmentProfile } from "../../../domain/recruiter/establishment-profile.ts";
import type { NafCode } from "../../../domain/shared/naf-code.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { Db } from "../database.ts";
import { establishmentProfiles } from "./schema.ts";

type Row = typeof establishmentProfiles.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgEstablishmentProfileRepository(db: Db): EstablishmentProfileRepository {
  return {
    async save(profile) {
      const row = toRow(profile);
      await db
        .insert(establishmentProfiles)
        .values(row)
        .onConflictDoUpdate({ target: establishmentProfiles.organisationId, set: row });
    },
    async findByOrganisation(organisationId) {
      const rows = await db
        .select()
        .from(establishmentProfiles)
        .where(eq(establishmentProfiles.organisationId, organisationId))
        .limit(1);
      return rows[0] ? toProfile(rows[0]) : null;
    },
  };
}

function toRow(profile: EstablishmentProfile): Row {
  const { address, ...rest } = profile;
  return { ...rest, ...address, opco: profile.opco ? { ...profile.opco } : null };
}

function toProfile(row: Row): EstablishmentProfile {
  const { street, postcode, city, insee, siret, nafCode, ...rest } = row;
  return {
    ...rest,
    siret: siret as Siret,
    nafCode: nafCode as NafCode | null,
    address: { street, postcode, city, insee },
  };
}
