import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { createPgOutbox } from "../../src/adapters/postgres/messaging/outbox.postgres.ts";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";
import { loadConfig } from "../../src/config.ts";
import { aCvAttachment, anEmail, fingerprint, MAX_CV_BYTES } from "../support/messaging-builders.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

/** The development app's own sealer (docs/adr/0017): it must read what the test enqueues. */
const sealer = createTextSealer(loadConfig({}).identity.sessionSecret);

let database: DatabaseHandle;
let app: ReturnType<typeof createTestApp>;
let production: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  production = createTestApp(database, {
    APP_MODE: "production",
    MAIL_DRIVER: "resend",
    RESEND_API_KEY: "re_test_key",
    RESEND_BASE_URL: "http://127.0.0.1:9",
    SESSION_SECRET: "q3Jv8ZtN0wKc5mYpR2aH7xLdU9sE4bFg1iTnVoWzQ6k=",
    INSEE_API_KEY: "test-key",
    CV_ENCRYPTION_KEY: "RAkQSm3CqReHjhyCnyiEQe6ITIgeWtFyLMsGDdup0EU=",
  });
});
afterAll(() => database.close());

const enqueue = (key: string, overrides: Parameters<typeof anEmail>[0] = {}) =>
  createPgOutbox(database.db, sealer).enqueue(anEmail(overrides), { idempotencyKey: key, now: new Date() });
const post = (path: string) => app.request(path, { method: "POST" });

describe("POST /dev/jobs/{name} then GET /dev/mailbox (development)", () => {
  it("dispatches the outbox and shows the message, newest first, with its links", async () => {
    await enqueue("dev-1", { to: "lea@example.com", subject: "Premier", text: "Ouvrez https://lba.test/a/tok-1." });
    await enqueue("dev-2", { to: "lea@example.com", subject: "Second", text: "Rien à cliquer." });
    await enqueue("dev-3", { to: "autre@example.com" });

    const run = await post("/dev/jobs/outbox:dispatch");
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ name: "outbox:dispatch", summary: { sent: 3, retried: 0, dead: 0 } });

    const response = await app.request("/dev/mailbox?to=Lea@Example.com");
    expect(response.status).toBe(200);
    const { messages } = await response.json();
    expect(messages.map((m: { subject: string }) => m.subject)).toEqual(["Second", "Premier"]);
    expect(messages[1]).toEqual({
      to: "lea@example.com",
      subject: "Premier",
      text: "Ouvrez https://lba.test/a/tok-1.",
      html: null,
      links: ["https://lba.test/a/tok-1"],
      attachments: [],
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("lists each attachment with a download URL that serves its bytes, type and file name", async () => {
    const cv = aCvAttachment({ filename: "CV Léa (2026).pdf", size: MAX_CV_BYTES });
    await enqueue("dev-cv", { to: "recrutement@example.com", attachments: [cv] });
    await post("/dev/jobs/outbox:dispatch");

    const listing = await (await app.request("http://localhost/dev/mailbox?to=recrutement@example.com")).json();
    const [attachment] = listing.messages[0].attachments;
    expect(attachment).toEqual({
      filename: "CV Léa (2026).pdf",
      contentType: "application/pdf",
      size: MAX_CV_BYTES,
      url: expect.stringMatching(/^http:\/\/localhost\/dev\/mailbox\/attachments\/\d+-0$/),
    });

    const download = await app.request(attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="CV L_a _2026_.pdf"; filename*=UTF-8''CV%20L%C3%A9a%20%282026%29.pdf`,
    );
    expect(fingerprint(new Uint8Array(await download.arrayBuffer()))).toBe(fingerprint(cv.content));
  });

  it.each(["999999999-0", "abc"])("answers 404 NOT_FOUND for the unknown attachment %s", async (id) => {
    const response = await app.request(`/dev/mailbox/attachments/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
  });

  it("runs a job as of the instant given and answers when it has finished", async () => {
    const response = await post("/dev/jobs/outbox:dispatch?now=2026-12-01T08:00:00Z");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: "outbox:dispatch", now: "2026-12-01T08:00:00.000Z" });
  });

  it("answers 404 JOB_UNKNOWN in French for an unknown job", async () => {
    const response = await post("/dev/jobs/nope:nothing");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "JOB_UNKNOWN",
      detail: "Aucune tâche planifiée ne s'appelle « nope:nothing ».",
    });
  });

  it.each(["demain", "2026-13-01T00:00:00Z", "2026-02-30"])("answers 400 VALIDATION_FAILED for now=%s", async (now) => {
    const response = await post(`/dev/jobs/outbox:dispatch?now=${now}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      errors: [expect.objectContaining({ path: "now" })],
    });
  });

  it("GET /dev/fixtures answers every demo value of docs/API.md", async () => {
    const response = await app.request("/dev/fixtures");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      adminEmail: "support@labonnealternance.local",
      partnerApiKey: expect.stringMatching(/^lba_demo_/),
      companyOpen: expect.stringMatching(/^\d{14}$/),
      unknownSiret: expect.stringMatching(/^\d{14}$/),
    });
    const configured = createTestApp(database, { ADMIN_EMAILS: "Chef@Example.fr, autre@example.fr" });
    expect(await (await configured.request("/dev/fixtures")).json()).toMatchObject({ adminEmail: "chef@example.fr" });
  });

  it("the OpenAPI document describes the development routes", async () => {
    const { paths } = await (await app.request("/openapi.json")).json();
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(["/dev/mailbox", "/dev/mailbox/attachments/{id}", "/dev/jobs/{name}", "/dev/fixtures"]),
    );
  });
});

describe("in production", () => {
  it.each([
    ["GET", "/dev/mailbox?to=lea@example.com"],
    ["GET", "/dev/mailbox/attachments/1-0"],
    ["POST", "/dev/jobs/outbox:dispatch"],
    ["GET", "/dev/fixtures"],
  ])("%s %s is a 404", async (method, path) => {
    const response = await production.request(path, { method });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
  });

  it("the OpenAPI document has no development route", async () => {
    const { paths } = await (await production.request("/openapi.json")).json();
    expect(Object.keys(paths).filter((path) => path.startsWith("/dev"))).toEqual([]);
  });
});
