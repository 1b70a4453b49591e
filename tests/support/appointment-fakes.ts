import { createListedDisposableEmailDomains } from "../../src/adapters/email-domains/disposable-email-domains.list.ts";
import { createMemoryAppointmentRepos } from "../../src/adapters/memory/appointment-repos.memory.ts";
import * as appointment from "../../src/application/appointment/index.ts";
import type { Actor } from "../../src/application/identity/index.ts";
import type { TrainingPublishedApi } from "../../src/application/training/index.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import type { Training, TrainingEstablishment } from "../../src/domain/training/training.ts";
import { countingSecrets, sequentialIds } from "./identity-fakes.ts";
import { aTestClock } from "./test-clock.ts";

/** TEST DATA: a made-up CFA (formateur) managed by a made-up responsible organisation; Luhn-valid demo SIRETs. */
const anEstablishment = (siret: string, name: string, email: string | null): TrainingEstablishment => ({
  siret: siret as Siret,
  uai: null,
  legalName: name,
  address: { street: "3 rue des Essais", postcode: "59000", city: "Lille", insee: "59350" },
  email,
  website: null,
});

export const FORMATEUR_SIRET = "99100002700110";
const FORMATEUR = anEstablishment(FORMATEUR_SIRET, "CFA DES ESSAIS", "formateur@cfa-essais.test");
const GESTIONNAIRE = anEstablishment("99100003500117", "ORGANISME GESTIONNAIRE DES ESSAIS", "gestion@essais.test");

/** A listed training of the test CFA, with a session email unless overridden. */
export function aTraining(id: string, overrides: Partial<Training> = {}): Training {
  return {
    id,
    catalogueKey: `key-${id}`,
    title: `BTS Essais ${id}`,
    diplomaLevel: "5",
    cfd: null,
    rncp: null,
    romeCodes: ["D1102"],
    formateur: FORMATEUR,
    gestionnaire: GESTIONNAIRE,
    qualiopi: true,
    place: {
      street: "3 rue des Essais",
      postcode: "59000",
      city: "Lille",
      insee: "59350",
      latitude: 50.63,
      longitude: 3.06,
    },
    phone: "+33320000000",
    sessionEmail: `session-${id}@cfa-essais.test`,
    objectives: null,
    sessions: [{ start: "2027-09-01", end: "2029-06-30" }],
    updatedAt: new Date("2026-10-01T00:00:00Z"),
    ...overrides,
  };
}

/** The training context's published API over a fixed list (only what the appointment context reads). */
function aTrainingCatalogue(trainings: readonly Training[]): TrainingPublishedApi {
  return {
    providers: { findBySiret: async () => null, findNear: async () => [] },
    trainingOf: async (id) => trainings.find((training) => training.id === id) ?? null,
    trainingsOfFormateur: async (siret) => trainings.filter((training) => training.formateur.siret === siret),
    formateurOf: async (siret) => trainings.find((training) => training.formateur.siret === siret)?.formateur ?? null,
    findEstablishments: async () => [],
  };
}

export const adminActor: Actor = {
  userId: "user-admin",
  sessionId: "session-admin",
  email: "support@lba.test" as Email,
  isAdmin: true,
  organisations: [],
  requestedOrganisationId: null,
};

export const nonAdminActor: Actor = { ...adminActor, userId: "user-cfa", isAdmin: false };

/** A candidate's request for `trainingId` from our site; the fields a test cares about can be replaced. */
export function aRequest(trainingId: string, overrides: Partial<appointment.AppointmentRequestInput> = {}) {
  return {
    trainingId,
    platform: "lba",
    firstName: "Léa",
    lastName: "Martin",
    email: "lea.martin@example.fr",
    phone: "+33612345678",
    applicantType: "student",
    reasons: ["modalites", "frais"],
    message: "Quelles sont les dates de rentrée ?",
    ...overrides,
  } as appointment.AppointmentRequestInput;
}

/**
 * Every appointment use case on in-memory fakes: the clock stands at 2026-11-02 09:00 (Paris) until moved, ids are
 * id-1, id-2…, the catalogue is `trainings`, "jetable.test" is the one disposable domain.
 */
export function appointmentOnFakes(trainings: readonly Training[] = [aTraining("t1"), aTraining("t2")]) {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const store = createMemoryAppointmentRepos();
  const settings = { ...appointment.DEFAULT_APPOINTMENT_SETTINGS, publicUrl: "https://lba.test" };
  const write = { unitOfWork: store.unitOfWork, clock, ids: sequentialIds(), secrets: countingSecrets(), settings };
  const deps = {
    ...write,
    appointmentSettings: store.appointmentSettings,
    appointmentRequests: store.appointmentRequests,
    trainings: aTrainingCatalogue(trainings),
    disposableDomains: createListedDisposableEmailDomains(["jetable.test"]),
  };
  const [remind] = appointment.appointmentJobs(write);
  const fakes = {
    clock,
    store,
    ...appointment.appointmentUseCases(deps),
    view: appointment.appointmentPublishedApi(deps),
    remindAppointments: (at: string) => {
      clock.set(at);
      return remind.run(clock.now());
    },
    /** The emails enqueued to `to`, oldest first. */
    emailsTo: (to: string) => store.outbox.rows().filter((row) => row.email.to === to),
    /** The newest token of a link to an appointment page in the emails to `to`. */
    tokenSentTo(to: string, page: keyof typeof appointment.APPOINTMENT_PAGE_PATHS): string {
      const prefix = `${settings.publicUrl}${appointment.APPOINTMENT_PAGE_PATHS[page]}/`;
      const words = fakes.emailsTo(to).flatMap((row) => row.email.text.split(/\s+/));
      return (
        words
          .filter((word) => word.startsWith(prefix))
          .at(-1)
          ?.slice(prefix.length) ?? ""
      );
    },
  };
  return fakes;
}
