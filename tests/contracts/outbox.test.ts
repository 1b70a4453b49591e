import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryOutbox } from "../../src/adapters/memory/outbox.memory.ts";
import { createMemoryUnitOfWork } from "../../src/adapters/memory/unit-of-work.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOutbox } from "../../src/adapters/postgres/messaging/outbox.postgres.ts";
import { outboxMessages } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";
import { aCvAttachment, anEmail } from "../support/messaging-builders.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { outboxContract } from "./outbox.contract.ts";

/** What the service seals outbox bodies with (docs/adr/0017), under a test secret. */
const sealer = createTextSealer("a test secret for sealed outbox bodies");

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

outboxContract("memory", async () => {
  const outbox = createMemoryOutbox();
  return { outbox, unitOfWork: createMemoryUnitOfWork({ outbox }, [outbox]) };
});

outboxContract("postgres", async () => {
  await database.db.delete(outboxMessages);
  return {
    outbox: createPgOutbox(database.db, sealer),
    unitOfWork: createPgUnitOfWork(database.db, (tx) => ({ outbox: createPgOutbox(tx, sealer) })),
  };
});

/** issue 9 §3: reading outbox_messages must not give away the links an email carries. */
describe("the PostgreSQL outbox keeps no readable body", () => {
  const LINK = "https://lba.test/connexion/Zk3c9VbQ2mXoP7rT1sLwYe5uHa8dJfGn0qRiKzBvCxU";
  const row = async (key: string) =>
    (await database.db.select().from(outboxMessages).where(eq(outboxMessages.idempotencyKey, key)))[0];
  const everyColumn = (value: object | undefined) => JSON.stringify(value ?? {});

  beforeEach(async () => {
    await database.db.delete(outboxMessages);
  });

  it("stores the body sealed, gives it back whole to the dispatcher, and drops it once sent", async () => {
    const outbox = createPgOutbox(database.db, sealer);
    const email = anEmail({ text: `Connectez-vous : ${LINK}`, html: `<a href="${LINK}">Se connecter</a>` });
    await outbox.enqueue(email, { idempotencyKey: "login-link/u1/1", now: new Date() });
    const stored = await row("login-link/u1/1");
    expect(everyColumn(stored)).not.toContain("Zk3c9VbQ2mXoP7rT1sLwYe5uHa8dJfGn0qRiKzBvCxU");
    expect(stored).toMatchObject({ text: null, html: null, sealedBody: expect.stringMatching(/^v1\./) });

    const [claimed] = await outbox.claimDue({
      dueBy: new Date(),
      limit: 1,
      lease: { from: new Date(), until: new Date(Date.now() + 15_000) },
    });
    expect(claimed?.email).toEqual({ ...email, replyTo: null });
    await outbox.markSent(claimed?.id ?? "", new Date());
    expect(await row("login-link/u1/1")).toMatchObject({ status: "sent", sealedBody: null, text: null, html: null });
  });

  it("seals the attachments with the body, and drops them once sent", async () => {
    const outbox = createPgOutbox(database.db, sealer);
    const secret = "Léa Martin, 12 rue des Lilas, née le 3 mars 2008";
    const cv = aCvAttachment({ content: new TextEncoder().encode(secret) });
    await outbox.enqueue(anEmail({ attachments: [cv] }), {
      idempotencyKey: "application/a1/recipient",
      now: new Date(),
    });
    const stored = everyColumn(await row("application/a1/recipient"));
    for (const leak of [secret, btoa(String.fromCharCode(...cv.content)), "cv-lea-martin.pdf"]) {
      expect(stored).not.toContain(leak);
    }

    const lease = { from: new Date(), until: new Date(Date.now() + 15_000) };
    const [claimed] = await outbox.claimDue({ dueBy: new Date(), limit: 1, lease });
    expect(claimed?.email?.attachments).toEqual([cv]);
    await outbox.markSent(claimed?.id ?? "", new Date());
    expect(await row("application/a1/recipient")).toMatchObject({ status: "sent", sealedBody: null });
  });

  it("cannot open a body sealed under another secret, nor one moved onto another row", async () => {
    await createPgOutbox(database.db, createTextSealer("another service secret, another key")).enqueue(anEmail(), {
      idempotencyKey: "k-other",
      now: new Date(),
    });
    const outbox = createPgOutbox(database.db, sealer);
    await outbox.enqueue(anEmail(), { idempotencyKey: "k-mine", now: new Date() });
    const mine = await row("k-mine");
    await outbox.enqueue(anEmail(), { idempotencyKey: "k-moved", now: new Date() });
    await database.db
      .update(outboxMessages)
      .set({ sealedBody: mine?.sealedBody })
      .where(eq(outboxMessages.idempotencyKey, "k-moved"));
    const lease = { from: new Date(), until: new Date(Date.now() + 15_000) };
    const claimed = await outbox.claimDue({ dueBy: new Date(), limit: 10, lease });
    expect(claimed.map((c) => [c.idempotencyKey, c.email === null])).toEqual([
      ["k-other", true],
      ["k-mine", false],
      ["k-moved", true],
    ]);
  });

  it("still delivers a message enqueued before bodies were sealed, and the purge drops a sent one's body", async () => {
    const common = { recipient: "ancien@example.com", subject: "Avant", createdAt: new Date() };
    await database.db.insert(outboxMessages).values([
      { ...common, idempotencyKey: "legacy-pending", text: `Ancien lien ${LINK}`, html: null },
      { ...common, idempotencyKey: "legacy-sent", text: `Ancien lien ${LINK}`, status: "sent", sentAt: new Date() },
    ]);
    const outbox = createPgOutbox(database.db, sealer);
    const lease = { from: new Date(), until: new Date(Date.now() + 15_000) };
    const [claimed] = await outbox.claimDue({ dueBy: new Date(), limit: 10, lease });
    expect(claimed?.email).toMatchObject({ to: "ancien@example.com", text: `Ancien lien ${LINK}` });
    expect(await outbox.purgeSent(new Date(0))).toBe(0);
    expect(everyColumn(await row("legacy-sent"))).not.toContain(LINK);
  });
});
