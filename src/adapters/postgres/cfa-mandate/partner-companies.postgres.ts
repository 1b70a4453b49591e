import { and, desc, eq, sql } from "drizzle-orm";
import type { PartnerCompanyRepository } from "../../../application/cfa-mandate/ports.ts";
import type { PartnerCompany } from "../../../domain/cfa-mandate/partner-company.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { NafCode } from "../../../domain/shared/naf-code.ts";
import type { PhoneNumber } from "../../../domain/shared/phone-number.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type { Db } from "../database.ts";
import { partnerCompanies } from "./schema.ts";

type Row = typeof partnerCompanies.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). Ties sort ids in byte order (`collate "C"`), as the fake does. */
export function createPgPartnerCompanyRepository(db: Db): PartnerCompanyRepository {
  return {
    async add(partner) {
      // The id is fresh: a row skipped on conflict is the (CFA, SIRET) pair already taken. DO NOTHING rather than
      // catching 23505, so a transaction around the insert stays usable.
      const inserted = await db
        .insert(partnerCompanies)
        .values(toRow(partner))
        .onConflictDoNothing()
        .returning({ id: partnerCompanies.id });
      return inserted.length > 0 ? "added" : "exists";
    },
    async listByCfa(cfaOrganisationId) {
      const rows = await db
        .select()
        .from(partnerCompanies)
        .where(eq(partnerCompanies.cfaOrganisationId, cfaOrganisationId))
        .orderBy(desc(partnerCompanies.createdAt), sql`${partnerCompanies.id} collate "C"`);
      return rows.map(toPartner);
    },
    async findByCfaAndSiret(cfaOrganisationId, siret) {
      const rows = await db
        .select()
        .from(partnerCompanies)
        .where(and(eq(partnerCompanies.cfaOrganisationId, cfaOrganisationId), eq(partnerCompanies.siret, siret)))
        .limit(1);
      return rows[0] ? toPartner(rows[0]) : null;
    },
  };
}

function toRow(partner: PartnerCompany): Row {
  const { address, contact, opco, ...rest } = partner;
  return {
    ...rest,
    ...address,
    opco: opco && { code: opco.code, label: opco.label },
    contactFirstName: contact.firstName,
    contactLastName: contact.lastName,
    contactPhone: contact.phone,
    contactEmail: contact.email,
  };
}

function toPartner(row: Row): PartnerCompany {
  const { street, postcode, city, insee, contactFirstName, contactLastName, contactPhone, contactEmail, ...rest } = row;
  return {
    ...rest,
    siret: rest.siret as Siret,
    nafCode: rest.nafCode as NafCode | null,
    address: { street, postcode, city, insee },
    contact: {
      firstName: contactFirstName,
      lastName: contactLastName,
      phone: contactPhone as PhoneNumber,
      email: contactEmail as Email,
    },
  };
}
