import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/adapters/postgres/database.ts";
import { createPgOutbox } from "../../../src/adapters/postgres/messaging/outbox.postgres.ts";
import { createTextSealer } from "../../../src/adapters/system/text-sealer.webcrypto.ts";
import { loadConfig } from "../../../src/config.ts";
import { aCvAttachment, anEmail } from "../../support/messaging-builders.ts";
import { createTestApp } from "../../support/test-app.ts";
import { createTestDatabase } from "../../support/test-database.ts";

/** The development app's own sealer (docs/adr/0017): it must read what the test enqueues. */
const sealer = createTextSealer(loadConfig({}).identity.sessionSecret);

let database: DatabaseHandle;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  const outbox = createPgOutbox(database.db, sealer);
  const now = new Date();
  const cv = aCvAttachment({ filename: "cv-lea.pdf" });
  await outbox.enqueue(
    anEmail({ to: "recruteur@boulangerie.test", subject: "Nouvelle candidature", attachments: [cv] }),
    { idempotencyKey: "page-1", now },
  );
  await outbox.enqueue(anEmail({ to: "autre@example.fr", subject: "Pour quelqu'un d'autre" }), {
    idempotencyKey: "page-2",
    now,
  });
  await app.request("/dev/jobs/outbox:dispatch", { method: "POST" });
});
afterAll(() => database.close());

describe("GET /dev/boite-mail (development)", () => {
  it("shows the messages with their text, clickable links and downloadable attachments", async () => {
    const response = await app.request("/dev/boite-mail?to=Recruteur@Boulangerie.test");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<h2>Nouvelle candidature</h2>");
    expect(html).not.toContain("Pour quelqu&#39;un d&#39;autre");
    expect(html).toContain('<a href="https://lba.test/candidatures/tok-1">');
    const attachment = /<a href="(\/dev\/mailbox\/attachments\/[^"]+)" download="cv-lea.pdf">cv-lea.pdf<\/a>/.exec(
      html,
    );
    expect(attachment).not.toBeNull();
    const download = await app.request(attachment?.[1] ?? "");
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBe(2_048);
  });

  it("lists every message without a filter, and the form keeps the one typed", async () => {
    const all = await (await app.request("/dev/boite-mail")).text();
    expect(all).toContain("2 messages");
    const filtered = await (await app.request("/dev/boite-mail?to=autre%40example.fr")).text();
    expect(filtered).toContain('value="autre@example.fr"');
    expect(filtered).toContain("1 message");
  });

  it("does not exist in production", async () => {
    const production = createTestApp(database, {
      APP_MODE: "production",
      MAIL_DRIVER: "resend",
      RESEND_API_KEY: "re_test_key",
      RESEND_BASE_URL: "http://127.0.0.1:9",
      SESSION_SECRET: "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=",
      CV_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      INSEE_API_KEY: "test-key",
    });
    expect((await production.request("/dev/boite-mail")).status).toBe(404);
  });
});
