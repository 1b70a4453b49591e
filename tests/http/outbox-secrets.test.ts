import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { outboxMessages } from "../../src/adapters/postgres/schema.ts";
import {
  ADMIN_EMAIL,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  newestEmail,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * issue 9 §3: reading outbox_messages was enough to take over an account (every login link in clear, kept forever).
 * Now the body is sealed until it is sent, then dropped, and a sent message is purged after OUTBOX_RETENTION_DAYS;
 * the development mailbox still shows the link.
 */
let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database, { OUTBOX_RETENTION_DAYS: "7" });
});
afterAll(() => database.close());

const client = { incoming: { socket: { remoteAddress: "192.0.2.77" } } };
const outboxRows = () => database.db.select().from(outboxMessages);

describe("a login link in the outbox", () => {
  it("cannot be read from the table, before or after sending; only the mailbox shows it, and it works", async () => {
    await world.app.request("/api/v1/auth/magic-link", json("POST", { email: ADMIN_EMAIL }), client);
    await world.app.request("/dev/jobs/identity:login-links", { method: "POST" }); // queues the email
    const pending = await outboxRows();
    expect(pending.length).toBeGreaterThan(0);
    const { token, link } = await newestEmail(world.app, ADMIN_EMAIL); // dispatches, then reads /dev/mailbox
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toContain("/connexion/");
    expect(JSON.stringify(pending)).not.toContain(token);
    const sent = await outboxRows();
    expect(JSON.stringify(sent)).not.toContain(token);
    expect(sent.every((row) => row.status === "sent" && row.sealedBody === null && row.text === null)).toBe(true);
    const session = await world.app.request("/api/v1/auth/session", json("POST", { token }));
    expect(session.status).toBe(200);
  });

  it("is forgotten once sent for longer than the retention", async () => {
    await world.app.request("/api/v1/auth/magic-link", json("POST", { email: ADMIN_EMAIL }), client);
    await newestEmail(world.app, ADMIN_EMAIL);
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const purge = await world.app.request(`/dev/jobs/outbox:purge?now=${eightDaysLater}`, { method: "POST" });
    expect(purge.status).toBe(200);
    expect(await purge.json()).toMatchObject({ summary: { purged: expect.any(Number) } });
    expect((await outboxRows()).filter((row) => row.status === "sent")).toEqual([]);
  });
});
