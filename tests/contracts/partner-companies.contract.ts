import { describe, expect, it } from "vitest";
import type { PartnerCompanyRepository } from "../../src/application/cfa-mandate/index.ts";
import type { PartnerCompany } from "../../src/domain/cfa-mandate/partner-company.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { NafCode } from "../../src/domain/shared/naf-code.ts";
import type { PhoneNumber } from "../../src/domain/shared/phone-number.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { at, T0 } from "../support/identity-builders.ts";

/** TEST DATA: Luhn-valid demo SIRETs (SIREN 991 000 0xx, see src/adapters/memory/fixtures/establishments.ts). */
const BAKERY = "99100001900125" as Siret;
const GARAGE = "99100007600018" as Siret;

function aPartner(id: string, cfaOrganisationId: string, overrides: Partial<PartnerCompany> = {}): PartnerCompany {
  return {
    id,
    cfaOrganisationId,
    siret: BAKERY,
    legalName: "BOULANGERIE DE TEST",
    brand: "AU PAIN DE TEST",
    address: { street: "12 RUE SAINT-JEAN", postcode: "69005", city: "LYON", insee: "69123" },
    nafCode: "10.71C" as NafCode,
    opco: { code: "EP", label: "Opco entreprises de proximité" },
    contact: {
      firstName: "Léa",
      lastName: "Boulanger",
      phone: "+33478000000" as PhoneNumber,
      email: "lea@boulangerie-test.fr" as Email,
    },
    createdAt: T0,
    ...overrides,
  };
}

/** Ids embed the CFA's: the Postgres suite shares one database across its cases. */
export type PartnerCompanyFactory = () => Promise<{
  repository: PartnerCompanyRepository;
  /** A fresh CFA organisation (a real row where a foreign key needs one). */
  aCfa: () => Promise<string>;
}>;

/** The behaviour every PartnerCompanyRepository shares (application/cfa-mandate/ports.ts). */
export function partnerCompaniesContract(name: string, factory: PartnerCompanyFactory) {
  describe(`PartnerCompanyRepository (${name})`, () => {
    it("gives back what was added; null for another SIRET or another CFA", async () => {
      const { repository, aCfa } = await factory();
      const [cfa, other] = [await aCfa(), await aCfa()];
      expect(await repository.add(aPartner(`${cfa}:1`, cfa))).toBe("added");
      expect(await repository.findByCfaAndSiret(cfa, BAKERY)).toEqual(aPartner(`${cfa}:1`, cfa));
      expect(await repository.findByCfaAndSiret(cfa, GARAGE)).toBeNull();
      expect(await repository.findByCfaAndSiret(other, BAKERY)).toBeNull();
    });

    it("answers exists for a SIRET the CFA already has, and keeps the first one", async () => {
      const { repository, aCfa } = await factory();
      const cfa = await aCfa();
      await repository.add(aPartner(`${cfa}:1`, cfa));
      expect(await repository.add(aPartner(`${cfa}:2`, cfa, { legalName: "AUTRE NOM", createdAt: at(1000) }))).toBe(
        "exists",
      );
      expect(await repository.listByCfa(cfa)).toEqual([aPartner(`${cfa}:1`, cfa)]);
    });

    it("lets two CFAs each have the same company as partner", async () => {
      const { repository, aCfa } = await factory();
      const [first, second] = [await aCfa(), await aCfa()];
      expect(await repository.add(aPartner(`${first}:1`, first))).toBe("added");
      expect(await repository.add(aPartner(`${second}:2`, second))).toBe("added");
      expect(await repository.findByCfaAndSiret(second, BAKERY)).toMatchObject({ id: `${second}:2` });
    });

    it("lists only the CFA's partners, most recent first, ties by id; empty for a CFA without any", async () => {
      const { repository, aCfa } = await factory();
      const [cfa, other, empty] = [await aCfa(), await aCfa(), await aCfa()];
      await repository.add(aPartner(`${cfa}:a`, cfa, { siret: BAKERY, createdAt: T0 }));
      await repository.add(aPartner(`${cfa}:c`, cfa, { siret: GARAGE, createdAt: at(60_000) }));
      await repository.add(aPartner(`${cfa}:b`, cfa, { siret: "99100002700110" as Siret, createdAt: at(60_000) }));
      await repository.add(aPartner(`${other}:x`, other));
      const listed = await repository.listByCfa(cfa);
      expect(listed.map((partner) => partner.id)).toEqual([`${cfa}:b`, `${cfa}:c`, `${cfa}:a`]);
      expect(await repository.listByCfa(empty)).toEqual([]);
    });

    it("keeps unknown parts (no brand, no OPCO, no NAF code, an address without commune) as nulls", async () => {
      const { repository, aCfa } = await factory();
      const cfa = await aCfa();
      const partner = aPartner(`${cfa}:1`, cfa, {
        brand: null,
        opco: null,
        nafCode: null,
        address: { street: "LIEU-DIT LES VIGNES", postcode: null, city: null, insee: null },
      });
      await repository.add(partner);
      expect(await repository.findByCfaAndSiret(cfa, BAKERY)).toEqual(partner);
    });
  });
}
