import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { lockDataDirectory } from "../../src/adapters/postgres/pglite-lock.ts";

/**
 * docs/adr/0016, issue 9 §2: two processes of the service (`tsx src/main.ts`, as `npm start` runs it) on one
 * database. On PostgreSQL (DATABASE_URL, where the harness provides a template): a login link issued through one is
 * used through the other, a rate limit counts the hits of both, and the scheduled jobs running in both deliver each
 * login link once. On PGlite a second process cannot open the data directory at all: one process holds it, which is
 * why memory counters are right there.
 */
const TSX = resolve("node_modules/.bin/tsx");
const ADMINS = ["admin.a@lba.test", "admin.b@lba.test", "admin.c@lba.test"];
const templateUrl = inject("templateDatabaseUrl");

type Instance = Readonly<{ url: string; process: ChildProcess; exited: Promise<number | null>; output: () => string }>;
const started: Instance[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const instance of started) instance.process.kill("SIGTERM");
  await Promise.all(
    started.map((instance) => withTimeout(instance.exited, 10_000).catch(() => instance.process.kill("SIGKILL"))),
  );
  for (const cleanup of cleanups) await cleanup();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(TSX, ["src/main.ts"], {
    env: {
      ...inherited,
      APP_MODE: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "error",
      SEED_DEMO_DATA: "false",
      ADMIN_EMAILS: ADMINS.join(","),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const instance = { url: `http://127.0.0.1:${port}`, process: child, exited, output: () => output };
  started.push(instance);
  return instance;
}

async function ready(instance: Instance): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const health = await fetch(`${instance.url}/healthz`).catch(() => null);
    if (health?.status === 200) return;
    if (instance.process.exitCode !== null) throw new Error(`instance exited: ${instance.output()}`);
    await sleep(200);
  }
  throw new Error(`instance not ready: ${instance.output()}`);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error("timeout")))]);

const post = (instance: Instance, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${instance.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

type Message = { to: string; subject: string; links: string[] };

async function mailbox(instance: Instance): Promise<Message[]> {
  return ((await (await fetch(`${instance.url}/dev/mailbox`)).json()) as { messages: Message[] }).messages;
}

/** Waits until the mailbox holds `count` messages, then a while longer: a duplicate would have arrived by then. */
async function settledMailbox(instance: Instance, count: number): Promise<Message[]> {
  const deadline = Date.now() + 30_000;
  while ((await mailbox(instance)).length < count && Date.now() < deadline) await sleep(250);
  await sleep(3_000);
  return mailbox(instance);
}

async function freshDatabase(template: string): Promise<string> {
  const url = new URL(template);
  const templateName = url.pathname.slice(1);
  const name = `lba_two_instances_${process.pid}_${Date.now()}`;
  const adminUrl = new URL(template);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${templateName}"`);
  cleanups.push(async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  url.pathname = `/${name}`;
  return url.toString();
}

describe("two instances of the service on one database", () => {
  // One test, never skipped: what it shows depends on the engine the run is on (DATABASE_URL or PGlite).
  it("on PostgreSQL share login links, rate limits and jobs; on PGlite the second is refused", {
    timeout: 180_000,
  }, async () => {
    if (templateUrl) await onPostgres(templateUrl);
    else await onPglite();
  });
});

async function onPostgres(template: string): Promise<void> {
  const env = { DATABASE_URL: await freshDatabase(template), JOBS_ENABLED: "true", LOGIN_LINK_LIMIT_PER_EMAIL: "3" };
  const [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  await Promise.all([ready(a), ready(b)]);

  // Login links asked through both instances; both run the jobs; each link is emailed once.
  for (const [index, email] of ADMINS.entries()) {
    expect((await post(index % 2 === 0 ? a : b, "/api/v1/auth/magic-link", { email })).status).toBe(202);
  }
  const messages = await settledMailbox(a, ADMINS.length);
  expect(messages.map((message) => message.to).sort()).toEqual([...ADMINS].sort());

  // A link issued through A opens a session through B, whose token A accepts.
  const link = messages.find((message) => message.to === ADMINS[0])?.links[0] ?? "";
  const session = await post(b, "/api/v1/auth/session", { token: link.split("/").pop() });
  expect(session.status).toBe(200);
  const { accessToken } = (await session.json()) as { accessToken: string };
  const me = await fetch(`${a.url}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ADMINS[0]);

  // LOGIN_LINK_LIMIT_PER_EMAIL=3, counted across both instances.
  const ask = (instance: Instance) => post(instance, "/api/v1/auth/magic-link", { email: "compte.partage@example.fr" });
  const statuses = [await ask(a), await ask(b), await ask(a), await ask(b)].map((response) => response.status);
  expect(statuses).toEqual([202, 202, 202, 429]);
}

/**
 * A second process on the same PGlite data directory is refused at start-up while another holds it. The holder is
 * this test process (the same lock `npm start` takes), so no PGlite has to boot for it.
 */
async function onPglite(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "lba-two-instances-"));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const unlock = await lockDataDirectory(dataDir);
  cleanups.push(unlock);
  const second = await startInstance({ PGLITE_DATA_DIR: dataDir, JOBS_ENABLED: "true" });
  expect(await withTimeout(second.exited, 60_000)).toBe(1);
  expect(second.output()).toContain(String(process.pid));
}
