import { createCvInspector } from "../../src/adapters/cv-inspector/cv-inspector.fflate.ts";
import { createListedDisposableEmailDomains } from "../../src/adapters/email-domains/disposable-email-domains.list.ts";
import { createJoseCvLinks } from "../../src/adapters/jose/cv-links.jose.ts";
import { createFakeAntivirus } from "../../src/adapters/memory/antivirus.memory.ts";
import { createMemoryCvStore } from "../../src/adapters/memory/cv-store.memory.ts";
import { createMemoryJobApplicationStore } from "../../src/adapters/memory/job-applications.memory.ts";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { Actor } from "../../src/application/identity/index.ts";
import {
  type ApplicationTarget,
  DEFAULT_JOB_APPLICATION_SETTINGS,
  jobApplicationJobs,
  jobApplicationUseCases,
  type TargetFacts,
  tellWaitingCandidates,
} from "../../src/application/job-application/index.ts";
import { targetKeyOf } from "../../src/domain/job-application/job-application.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { countingSecrets, sequentialIds } from "./identity-fakes.ts";
import { companyActor } from "./offer-fakes.ts";
import { aTestClock } from "./test-clock.ts";

/** TEST DATA: the targets the fake owning contexts know, keyed by targetKeyOf. */
export const OPEN_OFFER = { kind: "offer", offerId: "offer-open" } as const;
export const CLOSED_OFFER = { kind: "offer", offerId: "offer-closed" } as const;
export const SILENT_COMPANY = { kind: "company", siret: "99130000000011" } as unknown as ApplicationTarget;
export const COMPANY = { kind: "company", siret: "99130000000029" } as unknown as ApplicationTarget;
export const RECIPIENT = "recrutement@boulangerie.test" as Email;

const facts = (overrides: Partial<TargetFacts> = {}): TargetFacts => ({
  open: true,
  contactEmail: RECIPIENT,
  title: "Boulanger / Boulangère",
  companyName: "Boulangerie des Essais",
  organisationId: null,
  ...overrides,
});

const KNOWN: ReadonlyMap<string, TargetFacts> = new Map([
  [targetKeyOf(OPEN_OFFER), facts({ organisationId: companyActor.organisations[0]?.id ?? null })],
  [targetKeyOf(CLOSED_OFFER), facts({ open: false })],
  [targetKeyOf(SILENT_COMPANY), facts({ contactEmail: null })],
  [targetKeyOf(COMPANY), facts({ title: "Boulangerie et boulangerie-pâtisserie" })],
]);

/**
 * Every applications use case on in-memory fakes: the test clock, sequential ids, the fake antivirus (judging as the
 * offline scanner until told otherwise), "jetable.test" disposable, the targets above; `companyActor` manages the
 * open offer.
 */
export function jobApplicationOnFakes() {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const store = createMemoryJobApplicationStore();
  const cvs = createMemoryCvStore();
  const outbox = createMemoryOutbox();
  const repos = { applications: store.applications, responseLinks: store.responseLinks, cvs, outbox };
  const unitOfWork = createMemoryUnitOfWork(repos, [store, cvs, outbox]);
  const antivirus = createFakeAntivirus();
  const write = {
    unitOfWork,
    clock,
    ids: sequentialIds(),
    secrets: countingSecrets(),
    scanner: antivirus,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    settings: { ...DEFAULT_JOB_APPLICATION_SETTINGS, publicUrl: "https://lba.test" },
  };
  const targets = {
    factsOf: async (target: ApplicationTarget) => KNOWN.get(targetKeyOf(target)) ?? null,
    offerManagedBy: async (actor: Actor, offerId: string) =>
      offerId === OPEN_OFFER.offerId && actor.organisations.some((o) => o.id === companyActor.organisations[0]?.id),
  };
  const useCases = jobApplicationUseCases({
    ...write,
    applications: store.applications,
    cvs,
    targets,
    inspector: createCvInspector(),
    disposableDomains: createListedDisposableEmailDomains(["jetable.test"]),
    cvLinks: createJoseCvLinks({ secret: "a test secret for CV download links, long enough" }),
  });
  const [deliver, purge] = jobApplicationJobs(write);
  const sentTo = (to: string) =>
    outbox
      .rows()
      .filter((row) => row.email.to === to)
      .map((row) => row.email);
  return {
    useCases,
    clock,
    antivirus,
    outbox,
    cvs,
    store,
    deliverJob: deliver.run,
    purgeJob: purge.run,
    offerFilled: tellWaitingCandidates({ applications: store.applications, outbox }),
    sentTo,
  };
}
