import { createListedDisposableEmailDomains } from "../../src/adapters/email-domains/disposable-email-domains.list.ts";
import { createMemoryCompanyFileSource } from "../../src/adapters/memory/hiring-company-file.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import type { ServiceOverrides } from "../../src/composition-root.ts";
import { aCompanyRow, line } from "./hiring-company-rows.ts";
import { createIdentityTestApp } from "./identity-app.ts";
import { publishAnOffer, signUpTheDemoBakery } from "./offer-search-app.ts";

/** TEST DATA: 40 bakeries of the algorithm with an email, and one (the 41st) without. */
export const COMPANIES_WITH_EMAIL = Array.from({ length: 40 }, (_, i) => aCompanyRow(i + 1));
export const COMPANY_WITHOUT_EMAIL = aCompanyRow(41, { email: "" });

export const RECRUITER_EMAIL = "recrutement@boulangerie-demo.test";

export type MailboxMessage = Readonly<{
  to: string;
  subject: string;
  text: string;
  links: string[];
  attachments: { filename: string; contentType: string; size: number; url?: string }[];
}>;

export type ApplicationFields = Readonly<Record<string, string>>;

export type CvPart = Readonly<{ filename: string; bytes: Uint8Array; type?: string }>;

/**
 * The real app on a test database: the demo bakery signed up with one published D1102 offer, the algorithm
 * companies above imported, "jetable.test" disposable; `overrides` may replace the antivirus.
 */
export async function createApplicationTestApp(
  database: DatabaseHandle,
  overrides: ServiceOverrides = {},
  env: Record<string, string> = {},
) {
  const companyFileSource = createMemoryCompanyFileSource({
    lines: [...COMPANIES_WITH_EMAIL, COMPANY_WITHOUT_EMAIL].map(line),
  });
  const world = await createIdentityTestApp(database, env, {
    companyFileSource,
    disposableEmailDomains: createListedDisposableEmailDomains(["jetable.test"]),
    ...overrides,
  });
  const { app } = world;
  const runJob = async (name: string, now?: string) => {
    const query = now ? `?now=${encodeURIComponent(now)}` : "";
    const response = await app.request(`/dev/jobs/${name}${query}`, { method: "POST" });
    if (response.status !== 200) throw new Error(`job ${name}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { summary: Record<string, unknown> }).summary;
  };
  await runJob("companies:import");
  const recruiter = await signUpTheDemoBakery(app, RECRUITER_EMAIL);
  const offer = await publishAnOffer(app, recruiter.accessToken);

  /** POST /api/v1/applications as a browser's form would send it. */
  const apply = (fields: ApplicationFields, cv: CvPart | null = { filename: "cv.pdf", bytes: new Uint8Array() }) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    if (cv)
      form.set(
        "cv",
        new Blob([cv.bytes as Uint8Array<ArrayBuffer>], { type: cv.type ?? "application/pdf" }),
        cv.filename,
      );
    return app.request("/api/v1/applications", { method: "POST", body: form });
  };

  /** Delivers the whole outbox (a run sends one batch: a test may have queued hundreds of emails). */
  const drainOutbox = async () => {
    while (Number((await runJob("outbox:dispatch")).sent) > 0);
  };
  /** Delivers the outbox, then the messages to `to`, newest first. */
  const mailTo = async (to: string): Promise<MailboxMessage[]> => {
    await drainOutbox();
    const response = await app.request(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    return ((await response.json()) as { messages: MailboxMessage[] }).messages;
  };
  return { ...world, runJob, recruiter, offer, apply, mailTo, drainOutbox };
}

export type ApplicationTestApp = Awaited<ReturnType<typeof createApplicationTestApp>>;

/** A candidate's form fields for `target` (e.g. `{ offerId }`). */
export function aCandidate(target: Record<string, string>, overrides: Record<string, string> = {}): ApplicationFields {
  return {
    ...target,
    firstName: "Léa",
    lastName: "Martin",
    email: "lea.martin@example.fr",
    phone: "06 12 34 56 78",
    message: "Bonjour, votre boulangerie m'intéresse beaucoup pour mon CAP.",
    ...overrides,
  };
}
