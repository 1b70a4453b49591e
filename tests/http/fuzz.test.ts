import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { baseCase, type Case, edgeCases, randomCases } from "../support/fuzz/cases.ts";
import { EMAIL_IN_LOG, faultsOf, PHONE_IN_LOG } from "../support/fuzz/checks.ts";
import { type Operation, operationsOf } from "../support/fuzz/operations.ts";
import type { Harvest } from "../support/fuzz/values.ts";
import {
  ADMIN_EMAIL,
  createIdentityTestApp,
  type IdentityTestApp,
  logIn,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * Issue 9 §1, docs/adr/0014: every operation of the development-mode OpenAPI document — routes added later
 * included, without touching this file — receives generated requests (each junk value in each parameter and body
 * field, broken bodies and media types, junk credentials, then randomised combinations from a fixed seed),
 * anonymously and with a session (a company member, a support administrator). No answer may be a 5xx; every
 * error is problem+json with a code and a French detail (or, on a page, a French HTML page); no body shows a
 * stack or SQL; and the log of the whole run holds no email address nor phone number.
 */

const SEED = 20_261_102;
/** Randomised requests per operation and identity, on top of the fixed list. */
const RANDOM_CASES = 12;

/** Who sends: `prepare` runs once per operation (a new session when the previous operation ended it). */
type Identity = Readonly<{ name: string; prepare: () => Promise<void>; headers: () => Record<string, string> }>;

let database: DatabaseHandle;
let world: IdentityTestApp;
let operations: Operation[];
const harvest: Harvest = new Map();
const logLines: string[] = [];
const statuses = new Map<number, number>();
const faults: string[] = [];
let requests = 0;

beforeAll(async () => {
  const capture = (line: unknown) => void logLines.push(String(line));
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, { APP_MODE: "development", LOG_LEVEL: "info" });
  operations = operationsOf(await (await world.app.request("/openapi.json")).json());
  collect(await (await world.app.request("/dev/fixtures")).json());
});
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
});

/** Strings of 2xx answers by property name, for later path parameters (`id`, `userId`, `siret`…). */
function collect(value: unknown, key = ""): void {
  if (typeof value === "string" && key) harvest.set(key, [...(harvest.get(key) ?? []).slice(-4), value]);
  else if (Array.isArray(value)) for (const item of value) collect(item, key);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, k);
}

/** A company member, replaced when a request ended its session or its membership. */
function member(): Identity {
  let current: { accessToken: string; organisationId: string } | null = null;
  return {
    name: "membre",
    prepare: async () => {
      const alive = current && (await world.app.request("/api/v1/organisation", { headers: bearer(current) })).ok;
      if (!alive) current = await registerAndLogIn(world);
    },
    headers: () =>
      current ? { ...bearer(current), "x-organisation-id": current.organisationId, ...partnerKey() } : {},
  };
}

/** The support administrator (ADMIN_EMAILS), logged in again (the account recreated) when a request ended it. */
function administrator(): Identity {
  let token: string | null = null;
  return {
    name: "support",
    prepare: async () => {
      if (token && (await world.app.request("/api/v1/me", { headers: bearer({ accessToken: token }) })).ok) return;
      world.clock.advance(16 * 60_000); // past the per-email login-link limit window
      await world.bootstrap();
      token = await logIn(world.app, ADMIN_EMAIL);
    },
    headers: () => (token ? { ...bearer({ accessToken: token }), ...partnerKey() } : {}),
  };
}

const anonymous: Identity = { name: "anonyme", prepare: async () => {}, headers: () => ({}) };
const bearer = ({ accessToken }: { accessToken: string }) => ({ authorization: `Bearer ${accessToken}` });
const partnerKey = (): Record<string, string> => {
  const key = harvest.get("partnerApiKey")?.[0];
  return key ? { "x-api-key": key } : {};
};

/** Junk credentials and acting-organisation headers, on routes that read them. */
const CREDENTIALS: readonly Record<string, string>[] = [
  { authorization: "Bearer" },
  { authorization: "Bearer x.y.z" },
  { authorization: `Bearer ${"a".repeat(5_000)}` },
  { authorization: "Basic dXNlcjpwYXNz" },
  { cookie: "session=%00" },
  { cookie: "session=é; session=x" },
  { "x-api-key": "lba_inconnue" },
  { "x-api-key": "x".repeat(2_000) },
];
const ORGANISATION_HEADERS = ["", "inconnue", "%00", "x".repeat(1_000), "' OR 1=1 --", "constructor"];

/**
 * What each identity sends. The fixed list once per operation, by whoever gets past its security (the anonymous
 * client on public routes, the member on the others); junk credentials anonymously; randomised cases by everyone.
 */
function casesFor(operation: Operation, identity: Identity, index: number): Case[] {
  const base = baseCase(operation, harvest);
  const secured = operation.security.length > 0;
  const random = randomCases(operation, base, SEED + index * 7 + identities.indexOf(identity), RANDOM_CASES);
  const withHeaders = (label: string, headers: Record<string, string>): Case => ({
    ...base,
    label,
    headers: { ...base.headers, ...headers },
  });
  // The valid request last: it may end the session (logout, account deletion) the others need.
  if (identity === anonymous) {
    if (secured) return [...CREDENTIALS.map((headers, i) => withHeaders(`credentials #${i}`, headers)), base];
    return [...edgeCases(operation, base), ...random, base];
  }
  if (identity === identities[1] && secured) {
    const organisations = ORGANISATION_HEADERS.map((id) =>
      withHeaders(`organisation ${id.slice(0, 12)}`, { "x-organisation-id": id }),
    );
    return [...edgeCases(operation, base), ...organisations, ...random, base];
  }
  return [...random, base];
}

const identities: readonly Identity[] = [anonymous, member(), administrator()];

async function send(operation: Operation, identity: Identity, request: Case): Promise<void> {
  const path = operation.path.replaceAll(/\{(\w+)\}/g, (_, name: string) => request.path[name] ?? "");
  const query = request.query.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join("&");
  const withBody = operation.method !== "GET" && request.body !== undefined;
  const response = await world.app.request(`${path}${query ? `?${query}` : ""}`, {
    method: operation.method,
    headers: { ...identity.headers(), ...request.headers },
    body: withBody ? request.body : undefined,
  });
  const text = await response.text();
  requests++;
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  if (response.ok && response.headers.get("content-type")?.includes("json")) collect(JSON.parse(text));
  for (const fault of faultsOf(operation, response.status, response.headers.get("content-type") ?? "", text)) {
    faults.push(`${operation.name} [${identity.name}, ${request.label}]: ${fault}`);
  }
}

describe("schema-driven fuzzing of every operation", () => {
  it("covers the whole development-mode document", () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.some((o) => o.html)).toBe(true);
  });

  it("answers no 5xx, only French problem+json (or French pages), without stack or SQL", {
    timeout: 120_000,
  }, async () => {
    for (const [index, operation] of operations.entries()) {
      for (const identity of identities) {
        await identity.prepare();
        for (const request of casesFor(operation, identity, index)) await send(operation, identity, request);
      }
    }
    const histogram = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    const perOperation = Math.round(requests / operations.length);
    const figures = `${operations.length} operations × ≈${perOperation} requests = ${requests}`;
    process.stdout.write(`fuzz: ${figures}, seed ${SEED}; statuses ${histogram.join(" ")}\n`);
    expect(faults.slice(0, 30), `${faults.length} faults`).toEqual([]);
  });

  it("logged no email address and no phone number during the run", () => {
    expect(logLines.length).toBeGreaterThan(requests);
    expect(logLines.filter((line) => EMAIL_IN_LOG.test(line)).slice(0, 5)).toEqual([]);
    expect(logLines.filter((line) => PHONE_IN_LOG.test(line)).slice(0, 5)).toEqual([]);
  });
});
