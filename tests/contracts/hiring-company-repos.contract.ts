import { describe, expect, it } from "vitest";
import type {
  CompanyDecisions,
  CompanyGenerations,
  HiringCompanyRepository,
} from "../../src/application/hiring-company/index.ts";
import type { HiringCompany } from "../../src/domain/hiring-company/hiring-company.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { NafCode } from "../../src/domain/shared/naf-code.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { testSiret } from "../support/hiring-company-rows.ts";

export type HiringCompanyTables = Readonly<{
  hiringCompanies: HiringCompanyRepository;
  generations: CompanyGenerations;
  companyDecisions: CompanyDecisions;
}>;

/** TEST DATA: the n-th made-up company. */
const aCompany = (n: number, overrides: Partial<HiringCompany> = {}): HiringCompany => ({
  siret: testSiret(`9913000${String(n).padStart(6, "0")}`) as Siret,
  legalName: `TEST ${n}`,
  brand: n % 2 ? `Test ${n}` : null,
  nafCode: "10.71C" as NafCode,
  nafLabel: "Boulangerie et boulangerie-pâtisserie",
  address: { street: null, postcode: "75011", city: "Paris", insee: "75111" },
  latitude: 48.85,
  longitude: 2.35,
  romes: [
    { code: "D1102" as RomeCode, score: 90 },
    { code: "D1104" as RomeCode, score: 40 },
  ],
  email: `c${n}@test.fr` as Email,
  phone: null,
  website: "https://test.fr",
  importRank: n,
  ...overrides,
});

const T0 = new Date("2026-11-02T08:00:00Z");
const later = new Date("2026-11-02T09:00:00Z");

/** The behaviour the hiring-company tables share (application/hiring-company/ports.ts), on empty tables. */
export function hiringCompanyReposContract(name: string, factory: () => Promise<HiringCompanyTables>) {
  describe(`hiring-company tables (${name})`, () => {
    it("shows nothing of a generation until it is published, then only it", async () => {
      const { hiringCompanies, generations } = await factory();
      await generations.append(1, [aCompany(1), aCompany(2)]);
      expect(await hiringCompanies.isEmpty()).toBe(true);
      expect(await hiringCompanies.findBySiret(aCompany(1).siret)).toBeNull();
      await hiringCompanies.publish(1, T0);
      expect(await hiringCompanies.findBySiret(aCompany(1).siret)).toEqual(aCompany(1));
      await generations.append(2, [aCompany(3)]);
      await hiringCompanies.publish(2, T0);
      await generations.dropAllButLive();
      expect(await generations.live()).toBe(2);
      expect(await hiringCompanies.findBySiret(aCompany(1).siret)).toBeNull();
      expect(await hiringCompanies.findBySiret(aCompany(3).siret)).toEqual(aCompany(3));
    });

    it("finds companies by email, and the fixtures' samples", async () => {
      const { hiringCompanies, generations } = await factory();
      const shared = "groupe@test.fr" as Email;
      await generations.append(1, [aCompany(1), aCompany(2, { email: shared }), aCompany(3, { email: shared })]);
      await hiringCompanies.publish(1, T0);
      expect((await hiringCompanies.findByEmail(shared)).map((c) => c.siret)).toEqual([
        aCompany(2).siret,
        aCompany(3).siret,
      ]);
      expect(await hiringCompanies.withEmailSample()).toEqual({ siret: aCompany(1).siret, email: "c1@test.fr" });
      expect(await hiringCompanies.sharedEmailSample()).toEqual({
        email: shared,
        sirets: [aCompany(2).siret, aCompany(3).siret],
      });
    });

    it("publishing takes out what was dereferenced and applies what was approved during the load", async () => {
      const { hiringCompanies, generations, companyDecisions } = await factory();
      await generations.append(1, [aCompany(1), aCompany(2), aCompany(3)]);
      await companyDecisions.dereference([{ siret: aCompany(1).siret, reason: "x", dereferencedAt: later }]);
      await companyDecisions.saveContactOverride({ siret: aCompany(2).siret, email: null, phone: "0199001234" }, later);
      const { removed, updated } = await hiringCompanies.publish(1, T0);
      expect(removed).toEqual([aCompany(1).siret]);
      expect(updated).toEqual([aCompany(2, { phone: "0199001234" })]);
      expect(await hiringCompanies.findBySiret(aCompany(1).siret)).toBeNull();
      expect(await generations.dereferencedSirets()).toEqual(new Set([aCompany(1).siret]));
      expect(await generations.contactOverrides()).toEqual(
        new Map([[aCompany(2).siret, { siret: aCompany(2).siret, email: null, phone: "0199001234" }]]),
      );
    });

    it("applies a contact change and removes companies in every generation", async () => {
      const { hiringCompanies, generations } = await factory();
      await generations.append(1, [aCompany(1), aCompany(2)]);
      await hiringCompanies.publish(1, T0);
      await generations.append(2, [aCompany(1), aCompany(2)]);
      const override = { siret: aCompany(1).siret, email: "new@test.fr" as Email, phone: null };
      expect(await hiringCompanies.applyContact(override)).toEqual(aCompany(1, { email: "new@test.fr" as Email }));
      await hiringCompanies.remove([aCompany(2).siret]);
      await hiringCompanies.publish(2, T0);
      expect(await hiringCompanies.findBySiret(aCompany(1).siret)).toMatchObject({ email: "new@test.fr" });
      expect(await hiringCompanies.findBySiret(aCompany(2).siret)).toBeNull();
    });
  });
}
