import { createJsonLogger, runInLogScope } from "../../src/adapters/logging/json-logger.ts";
import { type DatabaseHandle, describeDatabaseFailure } from "../../src/adapters/postgres/database.ts";
import type { Registration, RegistrationInput } from "../../src/application/identity/index.ts";
import { buildServices, type ServiceOverrides } from "../../src/composition-root.ts";
import { loadConfig } from "../../src/config.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { createApp } from "../../src/http/app.ts";
import { aTestClock } from "./test-clock.ts";

const WEB_ORIGIN = "https://app.lba.test";
export const ADMIN_EMAIL = "support@lba.test";

/**
 * The real app on a test database with a clock the test moves, after start-up (administrators created), and
 * the sign-up's identity step bound to the same database (to make organisations with any SIRET, without INSEE).
 */
export async function createIdentityTestApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  overrides: ServiceOverrides = {},
  modules?: Parameters<typeof buildServices>[4],
) {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const config = loadConfig({
    LOG_LEVEL: "silent",
    JOBS_ENABLED: "false",
    PUBLIC_URL: "https://api.lba.test",
    WEB_ORIGIN,
    ADMIN_EMAILS: ADMIN_EMAIL,
    // The demo catalogue (4,357 trainings) costs seconds per app: the tests that need it ask for it.
    SEED_DEMO_DATA: "false",
    ...env,
  });
  const logger = createJsonLogger(config.logLevel);
  const services = buildServices(database, config, logger, { clock, ...overrides }, modules);
  await services.bootstrap();
  const app = createApp(services.routers, config, {
    logger,
    logScope: runInLogScope,
    docsAssets: {},
    describeDatabaseFailure,
  });
  const register = services.apis.identity.registerOrganisationWithFirstMember;
  return { app, clock, config, register, bootstrap: services.bootstrap };
}

export type IdentityTestApp = Awaited<ReturnType<typeof createIdentityTestApp>>;
type App = IdentityTestApp["app"];

let sequence = 0;

/** A sign-up with a fresh SIRET and email unless given. */
export function aRegistration(
  overrides: { siret?: string; email?: string; kind?: "company" | "cfa"; name?: string } = {},
) {
  sequence++;
  const input: RegistrationInput = {
    organisation: {
      kind: overrides.kind ?? "company",
      siret: overrides.siret ?? String(10_000_000_000_000 + sequence),
      displayName: overrides.name ?? `Boulangerie ${sequence}`,
    },
    member: {
      email: (overrides.email ?? `membre${sequence}@example.fr`) as Email,
      firstName: "Zoé",
      lastName: "Martin",
      phone: "06 12 34 56 78",
    },
  };
  return input;
}

export const json = (method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: body === undefined ? undefined : JSON.stringify(body),
});

export const bearer = (token: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...extra,
});

/** Sends the queued login links and delivers the outbox, then the links of the newest email to `to` (GET /dev/mailbox). */
export async function newestEmail(app: App, to: string) {
  await app.request("/dev/jobs/identity:login-links", { method: "POST" });
  await app.request("/dev/jobs/outbox:dispatch", { method: "POST" });
  const { messages } = (await (await app.request(`/dev/mailbox?to=${encodeURIComponent(to)}`)).json()) as {
    messages: { subject: string; text: string; links: string[] }[];
  };
  const newest = messages[0];
  if (!newest) throw new Error(`no email to ${to}`);
  const link = newest.links[0] ?? "";
  return { ...newest, link, token: link.split("/").pop() ?? "" };
}

let clients = 0;

/** Each login comes from its own client address, so many logins in a test stay under the per-address limit. */
const aClientAddress = () => ({ incoming: { socket: { remoteAddress: `192.0.2.${++clients % 250}` } } });

/** Magic link → email → session: the access token of `email`. */
export async function logIn(app: App, email: string): Promise<string> {
  await app.request("/api/v1/auth/magic-link", json("POST", { email }), aClientAddress());
  const { token } = await newestEmail(app, email);
  const response = await app.request("/api/v1/auth/session", json("POST", { token }));
  if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function registerAndLogIn(world: IdentityTestApp, overrides: Parameters<typeof aRegistration>[0] = {}) {
  const input = aRegistration(overrides);
  const registered = await world.register(input);
  if (!registered.ok) throw new Error(`registration failed: ${registered.error.code}`);
  const accessToken = await logIn(world.app, input.member.email);
  return { ...(registered.value as Registration), email: input.member.email, input, accessToken };
}
