import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createCommuneCentroidGeocoder } from "../../src/adapters/memory/geocoder.communes.ts";
import { createMemoryOfferPosters } from "../../src/adapters/memory/offer-posters.memory.ts";
import { createMemoryOfferRepos } from "../../src/adapters/memory/offer-repos.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import { createMemoryTrainingCatalogue } from "../../src/adapters/memory/training-catalogue.memory.ts";
import type { Actor, ActorOrganisation } from "../../src/application/identity/index.ts";
import type { OfferAppSettings, OfferCompany } from "../../src/application/offer/index.ts";
import * as offer from "../../src/application/offer/index.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import type { TrainingProvider } from "../../src/domain/training/training-provider.ts";
import { NOW, OTHER_TEST_FICHE, TEST_FICHE } from "../domain/offer/builders.ts";
import { countingSecrets, sequentialIds } from "./identity-fakes.ts";
import { aNewOffer } from "./offer-builders.ts";
import { aCommune } from "./referential-builders.ts";
import { aTestClock } from "./test-clock.ts";
import { aTrainingOf } from "./training-builders.ts";

/** TEST DATA: a made-up bakery, a made-up CFA and its partner garage; Luhn-valid demo SIRETs (SIREN 991…). */
export const COMPANY_ORG: ActorOrganisation = { id: "org-company", kind: "company", displayName: "Pâtisserie de test" };
export const CFA_ORG: ActorOrganisation = { id: "org-cfa", kind: "cfa", displayName: "CFA de test" };
const OTHER_ORG: ActorOrganisation = { id: "org-other", kind: "company", displayName: "Autre entreprise" };

export const COMPANY_USER = { id: "user-company", email: "recrutement@patisserie-test.fr", phone: "+33478000000" };
export const CFA_USER = { id: "user-cfa", email: "camille@cfa-test.fr", phone: "+33612345678" };

export const OWN_COMPANY: OfferCompany = {
  siret: "99100001900125" as Siret,
  name: "PÂTISSERIE DE TEST",
  workplace: {
    street: "12 rue Saint-Jean",
    postcode: "69005",
    city: "Lyon",
    insee: "69385",
    latitude: 45.762,
    longitude: 4.827,
  },
  opco: { code: "EP", label: "Opco entreprises de proximité" },
};

export const PARTNER_COMPANY: OfferCompany = {
  siret: "99100007600018" as Siret,
  name: "GARAGE DE TEST",
  workplace: {
    street: "1 rue du Test",
    postcode: "69100",
    city: "Villeurbanne",
    insee: "69266",
    latitude: 45.77,
    longitude: 4.88,
  },
  opco: null,
};

/** TEST DATA: training establishments around Lyon (one without email) and one in Paris, beyond 100 km. */
const aProvider = (siret: string, overrides: Partial<TrainingProvider>): TrainingProvider => ({
  siret: siret as Siret,
  uai: null,
  legalName: `CFA ${siret}`,
  address: { street: "1 place du Test", postcode: "69003", city: "Lyon", insee: "69383" },
  qualiopi: true,
  contactEmail: `contact-${siret}@cfa-test.fr`,
  location: { latitude: 45.76, longitude: 4.85 },
  romeCodes: ["D1104"],
  ...overrides,
});
export const NEAR_CFA = aProvider("99100002700110", { legalName: "CFA DES PÂTISSIERS DE TEST" });
export const FAR_CFA = aProvider("99100003500117", { location: { latitude: 48.85, longitude: 2.35 } });
export const CFA_WITHOUT_EMAIL = aProvider("99100004300114", { contactEmail: null });

const testOfferSettings: OfferAppSettings = {
  rules: offer.DEFAULT_OFFER_SETTINGS,
  publicUrl: "https://lba.test",
  extendLinkDays: 45,
  cfaContactLinkDays: 30,
  nearbyCfaRadiusKm: 100,
  nearbyCfaLimit: 20,
};

function anActor(organisation: ActorOrganisation, user: { id: string; email: string }): Actor {
  const base = { sessionId: `session-${user.id}`, isAdmin: false, requestedOrganisationId: null };
  return { ...base, userId: user.id, email: user.email as Email, organisations: [organisation] };
}
export const companyActor = anActor(COMPANY_ORG, COMPANY_USER);
export const cfaActor = anActor(CFA_ORG, CFA_USER);
export const strangerActor = anActor(OTHER_ORG, { id: "user-other", email: "rh@autre-test.fr" });

/**
 * Every offer use case on in-memory fakes: the clock stands at NOW (2026-03-10 11:00 in Paris) until told to
 * move, ids are id-1, id-2…, the posters, ROME fiches, communes and training establishments are the test data
 * above.
 */
export function offerOnFakes(settings: OfferAppSettings = testOfferSettings) {
  const clock = aTestClock(NOW);
  const store = createMemoryOfferRepos();
  const posters = createMemoryOfferPosters({
    organisations: [
      { id: COMPANY_ORG.id, name: COMPANY_ORG.displayName, kind: "company", company: OWN_COMPANY },
      { id: CFA_ORG.id, name: CFA_ORG.displayName, kind: "cfa" },
      { id: OTHER_ORG.id, name: OTHER_ORG.displayName, kind: "company" },
    ],
    partners: [{ cfaOrganisationId: CFA_ORG.id, company: PARTNER_COMPANY }],
    phones: { [COMPANY_USER.id]: COMPANY_USER.phone, [CFA_USER.id]: CFA_USER.phone },
  });
  const geocoder = createCommuneCentroidGeocoder(
    createMemoryCommuneReferential([
      aCommune({
        insee: "69123",
        name: "Lyon",
        postcodes: ["69001"],
        population: 520_000,
        latitude: 45.758,
        longitude: 4.835,
      }),
      aCommune({
        insee: "69266",
        name: "Villeurbanne",
        postcodes: ["69100"],
        population: 150_000,
        latitude: 45.77,
        longitude: 4.88,
      }),
    ]),
  );
  const romeReferential = createMemoryRomeReferential([TEST_FICHE, OTHER_TEST_FICHE]);
  // The establishments as the imported catalogue gives them: one training each.
  const trainingProviders = createMemoryTrainingCatalogue(
    [NEAR_CFA, FAR_CFA, CFA_WITHOUT_EMAIL].map((cfa) => aTrainingOf(cfa)),
  ).providers;
  const write = { unitOfWork: store.unitOfWork, clock, ids: sequentialIds(), secrets: countingSecrets(), settings };
  const noApplications = { countByOffer: async () => new Map<string, number>() };
  const offers = store.offers;
  const deps = {
    ...write,
    offers,
    publicOffers: offers,
    applications: noApplications,
    posters,
    geocoder,
    romeReferential,
  };
  const [expire, remind] = offer.offerJobs(write);
  const fakes = {
    clock,
    store,
    geocoder,
    settings,
    // The context's own wiring, as production binds it on PostgreSQL.
    ...offer.offerUseCases({ ...deps, trainingProviders }),
    expireOffers: expire.run,
    remindOffers: remind.run,
    /** Runs a job as the scheduler does: the clock stands at the run's instant. */
    async runJob<T>(job: (now: Date) => Promise<T>, at: Date | string): Promise<T> {
      clock.set(at);
      return job(clock.now());
    },
    /** Publishes an offer of TEST_FICHE for the bakery (or the given actor and fields); throws if refused. */
    async publish(fields: Partial<offer.NewOfferInput> = {}, actor: Actor = companyActor) {
      const published = await fakes.createOffer({ actor, offer: aNewOffer(fields) });
      if (!published.ok) throw new Error(`refused: ${published.error.code}`);
      return published.value.offer;
    },
    /** The emails enqueued to `to`, oldest first. */
    emailsTo: (to: string) => store.outbox.rows().filter((row) => row.email.to === to),
    /** The tokens of the links to an offer page (extend, cfa_contact) in the emails to `to`, oldest first. */
    tokensSentTo(to: string, page: "extend" | "cfa_contact"): string[] {
      const prefix = `${settings.publicUrl}${offer.OFFER_PAGE_PATHS[page]}/`;
      const words = fakes.emailsTo(to).flatMap((row) => row.email.text.split(/\s+/));
      return words.filter((word) => word.startsWith(prefix)).map((url) => url.slice(prefix.length));
    },
    /** The newest of them. */
    tokenSentTo: (to: string, page: "extend" | "cfa_contact") => fakes.tokensSentTo(to, page).at(-1) ?? "",
  };
  return fakes;
}
