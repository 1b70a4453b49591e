import { createListedDisposableEmailDomains } from "../../src/adapters/email-domains/disposable-email-domains.list.ts";
import { createMemoryCatalogueSource } from "../../src/adapters/memory/training-catalogue-source.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import type { CatalogueTraining } from "../../src/domain/training/training.ts";
import { trainingIdOf } from "../../src/domain/training/training.ts";
import { ADMIN_EMAIL, createIdentityTestApp, json, logIn } from "./identity-app.ts";
import { aCatalogueTraining, aTrainingEstablishment } from "./training-builders.ts";

/** TEST DATA: the formateur of both trainings, with its own catalogue email, and its responsible organisation. */
export const FORMATEUR_SIRET = "99100002700110";
export const FORMATEUR_EMAIL = `contact-${FORMATEUR_SIRET}@cfa-test.fr`;

/** Two listed trainings of the same CFA: one with a session email, one without (requests then go to the formateur). */
const WITH_SESSION_EMAIL: CatalogueTraining = aCatalogueTraining({
  catalogueKey: "RDV-TEST-1",
  title: "BTS MANAGEMENT COMMERCIAL OPÉRATIONNEL",
  sessionEmail: "session-rdv@cfa-test.fr",
});
const WITHOUT_SESSION_EMAIL: CatalogueTraining = aCatalogueTraining({
  catalogueKey: "RDV-TEST-2",
  title: "CAP BOULANGER",
  sessionEmail: null,
  gestionnaire: aTrainingEstablishment("99100003500117", { email: "gestion@cfa-test.fr" }),
});
export const T1 = trainingIdOf(WITH_SESSION_EMAIL.catalogueKey);
export const T2 = trainingIdOf(WITHOUT_SESSION_EMAIL.catalogueKey);

/**
 * The real app on a test database whose catalogue source serves the two trainings above, imported once;
 * "jetable.test" is the disposable domain, support is logged in.
 */
export async function createAppointmentTestApp(database: DatabaseHandle) {
  const source = createMemoryCatalogueSource([
    [
      { kind: "training", training: WITH_SESSION_EMAIL },
      { kind: "training", training: WITHOUT_SESSION_EMAIL },
    ],
  ]);
  const world = await createIdentityTestApp(
    database,
    {},
    { trainingCatalogueSource: source, disposableEmailDomains: createListedDisposableEmailDomains(["jetable.test"]) },
  );
  const app = world.app;
  const runJob = async (name: string, now?: string) => {
    const query = now ? `?now=${encodeURIComponent(now)}` : "";
    const response = await app.request(`/dev/jobs/${name}${query}`, { method: "POST" });
    if (response.status !== 200) throw new Error(`job ${name}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { summary: Record<string, unknown> }).summary;
  };
  await runJob("catalogue:import");
  const supportToken = await logIn(app, ADMIN_EMAIL);
  return {
    ...world,
    runJob,
    supportToken,
    /** Delivers the outbox, then the messages to `to`, newest first, each with the token of its first link. */
    async mailTo(to: string) {
      await runJob("outbox:dispatch");
      const response = await app.request(`/dev/mailbox?to=${encodeURIComponent(to)}`);
      const { messages } = (await response.json()) as {
        messages: { subject: string; text: string; links: string[] }[];
      };
      return messages.map((message) => ({ ...message, token: message.links[0]?.split("/").pop() ?? "" }));
    },
    ask: (body: Record<string, unknown> = {}) => app.request("/api/v1/appointments", json("POST", aRequestBody(body))),
  };
}

export type AppointmentTestApp = Awaited<ReturnType<typeof createAppointmentTestApp>>;

/** A candidate's request about T1 from our site. */
function aRequestBody(overrides: Record<string, unknown> = {}) {
  return {
    trainingId: T1,
    platform: "lba",
    firstName: "Léa",
    lastName: "Martin",
    email: "lea.martin@example.fr",
    phone: "06 12 34 56 78",
    applicantType: "student",
    reasons: ["modalites", "portes_ouvertes"],
    message: "Quand ont lieu les portes ouvertes ?",
    ...overrides,
  };
}
