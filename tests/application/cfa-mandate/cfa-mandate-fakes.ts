import { createIdccOpcoResolver } from "../../../src/adapters/idcc/opco-resolver.idcc.ts";
import { createMemoryEstablishmentDirectory } from "../../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS } from "../../../src/adapters/memory/fixtures/establishments.ts";
import { createMemoryNomenclatureReferential } from "../../../src/adapters/memory/nomenclature-referential.memory.ts";
import { createMemoryPartnerCompanyRepository } from "../../../src/adapters/memory/partner-companies.memory.ts";
import * as cfaMandate from "../../../src/application/cfa-mandate/index.ts";
import type { Actor, ActorOrganisation } from "../../../src/application/identity/index.ts";
import type { PartnerCompany } from "../../../src/domain/cfa-mandate/partner-company.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { Establishment } from "../../../src/domain/shared/establishment.ts";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";
import type { Siret } from "../../../src/domain/shared/siret.ts";
import { sequentialIds } from "../../support/identity-fakes.ts";
import { aTestClock } from "../../support/test-clock.ts";

/** TEST DATA: an open garage INSEE knows, with no collective agreement, so no OPCO is found for it. */
export const GARAGE_WITHOUT_OPCO: Establishment = {
  siret: "99100007600018" as Siret,
  diffusible: true,
  legalName: "GARAGE DE TEST SANS OPCO",
  brand: null,
  address: { street: "1 RUE DU TEST", postcode: "69001", city: "LYON", insee: "69123" },
  nafCode: null,
  open: true,
  headcountBand: "01",
  idccs: [],
};

export const CFA: ActorOrganisation = { id: "org-cfa", kind: "cfa", displayName: "CFA DEMO DES METIERS DE BOUCHE" };
export const OTHER_CFA: ActorOrganisation = { id: "org-cfa-2", kind: "cfa", displayName: "CFA DEMO 2" };
export const COMPANY: ActorOrganisation = { id: "org-company", kind: "company", displayName: "BOULANGERIE" };

/** The CFA member acting: Camille, at the CFA's own domain, with a mobile phone. */
export const CFA_USER = { id: "user-cfa", email: "camille@cfa-metiers.fr" as Email, phone: "+33612345678" };

export function anActor(
  organisations: readonly ActorOrganisation[] = [CFA],
  requestedOrganisationId: string | null = null,
): Actor {
  return {
    userId: CFA_USER.id,
    sessionId: "session-1",
    email: CFA_USER.email,
    isAdmin: false,
    organisations,
    requestedOrganisationId,
  };
}

/** The company's recruitment contact, as the HTTP edge hands it over (phone already E.164). */
export function anInput(overrides: Partial<cfaMandate.PartnerCompanyInput> = {}): cfaMandate.PartnerCompanyInput {
  return {
    siret: "991 000 019 00125",
    firstName: "Léa",
    lastName: "Boulanger",
    phone: "+33478000000" as PhoneNumber,
    email: "  Lea.Boulanger@Boulangerie-Test.FR ",
    ...overrides,
  };
}

/** The CFA-mandate use cases on in-memory fakes, wired by the context's own functions: the demo INSEE directory, the IDCC → OPCO table, a fixed clock. */
export function cfaMandateOnFakes() {
  const rows: PartnerCompany[] = [];
  const partnerCompanies = createMemoryPartnerCompanyRepository(rows);
  const establishments = createMemoryEstablishmentDirectory([...DEMO_ESTABLISHMENTS, GARAGE_WITHOUT_OPCO]);
  const nomenclatures = createMemoryNomenclatureReferential({
    naf: [],
    opcos: [{ code: "EP", label: "Opco entreprises de proximité", shortName: "Opco EP", siren: null, website: null }],
    idcc: [{ idcc: 843, opcoCode: "EP" }],
  });
  const users = new Map<string, { email: Email; phone: string | null }>([[CFA_USER.id, CFA_USER]]);
  const deps = {
    partnerCompanies,
    establishments,
    opcoResolver: createIdccOpcoResolver(nomenclatures),
    findUser: async (userId: string) => users.get(userId) ?? null,
    clock: aTestClock("2026-11-02T08:00:00Z"),
    ids: sequentialIds(),
  };
  return {
    rows,
    users,
    deps,
    establishments,
    ...cfaMandate.cfaMandateUseCases(deps),
    ...cfaMandate.cfaMandatePublishedApi(deps),
    findPartnerOfCfa: cfaMandate.findPartnerOfCfa(deps),
  };
}
