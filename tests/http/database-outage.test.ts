import { connect, createServer, type Server, type Socket } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { type DatabaseHandle, describeDatabaseFailure, openPostgres } from "../../src/adapters/postgres/database.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";
import { bearer, createIdentityTestApp, json, registerAndLogIn } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * Issue 9 §3–4, docs/adr/0014: a database that is gone, unreachable, locked or behind the code answers 503
 * DATABASE_UNAVAILABLE with Retry-After (a page: a French 503 page), /healthz says so, and the service recovers by
 * itself when the database returns. A database error is logged with its SQLSTATE, never the SQL parameters.
 */

/** PostgreSQL in this run (DATABASE_URL or a container): the template's URL; null on PGlite. */
const templateUrl = inject("templateDatabaseUrl");

let logs: string[] = [];
beforeEach(() => {
  logs = [];
  const capture = (line: unknown) => void logs.push(String(line));
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

const opened: DatabaseHandle[] = [];
afterAll(async () => {
  for (const handle of opened.reverse()) await handle.close().catch(() => {});
});
async function aDatabase() {
  const handle = await createTestDatabase();
  opened.push(handle);
  return handle;
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("10");
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ status: 503, code: "DATABASE_UNAVAILABLE" });
  expect(body.detail).toContain("Rien n'a été enregistré");
}

const EMAIL = /[\w.+-]+@[\w-]+\.[a-z]{2,}/i;

describe("a database error is logged by its SQLSTATE, without the SQL parameters", () => {
  it("masks the value the server quotes and keeps drizzle's SQL and parameters out", async () => {
    const database = await aDatabase();
    const failure = await database.db.execute(sql`select ${"zoe.martin@exemple.fr"}::uuid`).catch((e: unknown) => e);
    expect(JSON.stringify(failure)).toContain("zoe.martin@exemple.fr");
    const described = describeDatabaseFailure(failure);
    expect(described).toEqual({ unavailable: false, sqlstate: "22P02", message: expect.stringContaining("uuid") });
    expect(JSON.stringify(described)).not.toMatch(EMAIL);
  });

  it("answers 500 INTERNAL_ERROR and logs the SQLSTATE, not the emails and phones the query carried", async () => {
    const database = await aDatabase();
    const world = await createIdentityTestApp(database, { LOG_LEVEL: "info" });
    const { accessToken } = await registerAndLogIn(world);
    // A schema the code no longer matches: the update of the account fails in the database.
    await database.db.execute(sql`alter table users rename column phone to phone_before`);
    const response = await world.app.request(
      "/api/v1/me",
      json("PATCH", { phone: "06 98 76 54 32", firstName: "Zoé" }, bearer(accessToken)),
    );
    expect(response.status).toBe(500);
    expect((await response.json()).code).toBe("INTERNAL_ERROR");
    const line = logs.find((l) => l.includes('"unhandled error"')) ?? "";
    expect(JSON.parse(line).database).toEqual({ unavailable: false, sqlstate: "42703", message: expect.any(String) });
    expect(logs.join("\n")).not.toMatch(EMAIL);
    expect(logs.join("\n")).not.toMatch(/98.?76.?54.?32|Failed query|params:/);
  });
});

describe("a database that is gone", () => {
  it("answers 503 DATABASE_UNAVAILABLE with Retry-After, /healthz 503, a page a French 503 page", async () => {
    const database = await aDatabase();
    const world = await createIdentityTestApp(database, { LOG_LEVEL: "info" });
    const { accessToken } = await registerAndLogIn(world);
    await takeDown(database);
    await expectUnavailable(await world.app.request("/api/v1/me", { headers: bearer(accessToken) }));
    await expectUnavailable(await world.app.request("/api/v1/auth/magic-link", json("POST", { email: "a@b.fr" })));
    const health = await world.app.request("/healthz");
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "degraded", db: "down" });
    const page = await world.app.request(`/connexion/${"A".repeat(43)}`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("10");
    expect(await page.text()).toContain("Service momentanément indisponible");
    expect(logs.some((l) => l.includes('"database unavailable"'))).toBe(true);
    expect(logs.join("\n")).not.toMatch(/"stack"|Failed query/);
  });
});

describe("/healthz", () => {
  it("is down while a migration of the release is missing from the database, up again once it is there", async () => {
    const database = await aDatabase();
    const world = await createIdentityTestApp(database);
    expect((await world.app.request("/healthz")).status).toBe(200);
    const last = rowsOf<{ id: number; hash: string; created_at: string }>(
      await database.db.execute(
        sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
      ),
    )[0];
    if (!last) throw new Error("no migration recorded");
    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last.id}`);
    const behind = await world.app.request("/healthz");
    expect(behind.status).toBe(503);
    expect(await behind.json()).toEqual({ status: "degraded", db: "down" });
    await database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last.id}, ${last.hash}, ${last.created_at})`,
    );
    expect((await world.app.request("/healthz")).status).toBe(200);
  });
});

/**
 * PGlite is one in-process session: no other connection can hold a lock, the database cannot become unreachable
 * nor lose its connections and come back (closed, it is gone for good: see "a database that is gone"). These
 * cases are meaningful on a PostgreSQL server only, so they are declared only when the run has one.
 */
if (templateUrl) {
  describe("PostgreSQL: locks, outages and recovery", () => {
    it("a lock held by another session fails the request after the statement timeout: 503, not a hang", async () => {
      const { world, accessToken, direct } = await appThroughProxy({ statementTimeoutMs: 300 });
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const locking = direct.db.transaction(async (tx) => {
        await tx.execute(sql`lock table sessions, users in access exclusive mode`);
        await held;
      });
      await waitFor(async () => (await lockCount(direct)) > 0);
      const started = performance.now();
      await expectUnavailable(await world.app.request("/api/v1/me", { headers: bearer(accessToken) }));
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(logs.join("\n")).toContain('"sqlstate":"57014"');
      release();
      await locking;
      expect((await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).status).toBe(200);
    });

    it("answers 503 while the server is unreachable, and serves again as soon as it is back", async () => {
      const { world, accessToken, proxy } = await appThroughProxy({});
      await proxy.cut();
      await expectUnavailable(await world.app.request("/api/v1/me", { headers: bearer(accessToken) }));
      expect((await world.app.request("/healthz")).status).toBe(503);
      await proxy.restore();
      expect((await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).status).toBe(200);
      expect((await world.app.request("/healthz")).status).toBe(200);
    });

    it("reconnects by itself after the server terminated every connection of the pool", async () => {
      const { world, accessToken, direct } = await appThroughProxy({});
      expect((await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).status).toBe(200);
      await direct.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      await waitFor(async () => (await otherSessions(direct)) === 0);
      // A request racing the pool's discovery of its dead sockets may get the retryable 503; none gets anything
      // else, and the service is back without a restart.
      const statuses: number[] = [];
      await waitFor(async () => {
        statuses.push((await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).status);
        return statuses.at(-1) === 200;
      });
      expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
    });
  });
}

/** PGlite's instance closes; on PostgreSQL the pool ends (postgres.js then answers CONNECTION_ENDED). */
async function takeDown(database: DatabaseHandle) {
  if (database.engine === "pglite") {
    await (database.db as unknown as { $client: { close(): Promise<void> } }).$client.close();
  } else {
    await database.close();
  }
}

/** The app on its own pool to the test database, through a TCP proxy the test can cut and restore. */
async function appThroughProxy(options: { statementTimeoutMs?: number }) {
  const direct = await aDatabase();
  const [row] = rowsOf<{ name: string }>(await direct.db.execute(sql`select current_database() as name`));
  const target = new URL(templateUrl ?? "");
  const proxy = await tcpProxy(target.hostname, Number(target.port || 5432));
  const url = new URL(templateUrl ?? "");
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  url.pathname = `/${row?.name}`;
  const pool = await openPostgres(url.toString(), 4, options.statementTimeoutMs);
  opened.push({
    ...pool,
    close: async () => {
      await pool.close();
      await proxy.close();
    },
  });
  const world = await createIdentityTestApp(pool, { LOG_LEVEL: "info" });
  const { accessToken } = await registerAndLogIn(world);
  return { world, accessToken, direct, proxy };
}

async function tcpProxy(host: string, port: number) {
  const sockets = new Set<Socket>();
  let server: Server;
  const listen = (at: number) =>
    new Promise<number>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(port, host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("error", () => {});
          socket.on("close", () => sockets.delete(socket));
        }
        client.pipe(upstream).pipe(client);
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
      });
      server.listen(at, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  const listening = await listen(0);
  return { port: listening, cut, restore: async () => void (await listen(listening)), close: cut };
}

async function lockCount(database: DatabaseHandle): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from pg_locks where mode = 'AccessExclusiveLock' and relation = 'users'::regclass`,
    ),
  );
  return row?.n ?? 0;
}

async function otherSessions(database: DatabaseHandle): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    ),
  );
  return row?.n ?? 0;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
