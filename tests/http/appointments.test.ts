import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  type AppointmentTestApp,
  createAppointmentTestApp,
  FORMATEUR_EMAIL,
  T1,
  T2,
} from "../support/appointment-app.ts";
import { json } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const DAY = 86_400_000;
const SESSION_EMAIL = "session-rdv@cfa-test.fr";

let database: DatabaseHandle;
let world: AppointmentTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createAppointmentTestApp(database);
});
afterAll(() => database.close());

describe("POST /api/v1/appointments", () => {
  it("sends the request to the training's contact email and the CFA's details to the candidate", async () => {
    const response = await world.ask({ email: "camille@example.fr" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: expect.any(String) });
    const [toCfa] = await world.mailTo(SESSION_EMAIL);
    expect(toCfa?.subject).toBe("Demande de rendez-vous : BTS MANAGEMENT COMMERCIAL OPÉRATIONNEL");
    expect(toCfa?.text).toContain("E-mail : camille@example.fr");
    expect(toCfa?.links[0]).toMatch(/^https:\/\/api\.lba\.test\/rendez-vous\/reponse\/[A-Za-z0-9_-]{43}$/);
    const [confirmation] = await world.mailTo("camille@example.fr");
    expect(confirmation?.text).toContain("Conservez cet e-mail");
    expect(confirmation?.text).toContain(`E-mail : ${SESSION_EMAIL}`);
  });

  it("goes to the formateur's email when the training has no session email (service on)", async () => {
    expect((await world.ask({ trainingId: T2, email: "noa@example.fr" })).status).toBe(201);
    expect((await world.mailTo(FORMATEUR_EMAIL))[0]?.subject).toBe("Demande de rendez-vous : CAP BOULANGER");
  });

  it("is refused from Parcoursup while the CFA has not activated it (409 APPOINTMENT_UNAVAILABLE)", async () => {
    const response = await world.ask({ platform: "parcoursup", email: "sam@example.fr" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      code: "APPOINTMENT_UNAVAILABLE",
      detail: expect.stringContaining("rendez-vous"),
    });
  });

  it("refuses an unknown training (404), a disposable email (422) and a request without a reason (400)", async () => {
    const unknown = await world.ask({ trainingId: "inconnue", email: "x1@example.fr" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "TRAINING_NOT_FOUND" });
    const disposable = await world.ask({ email: "lea@jetable.test" });
    expect(disposable.status).toBe(422);
    expect(await disposable.json()).toMatchObject({ code: "DISPOSABLE_EMAIL" });
    const noReason = await world.ask({ reasons: [], email: "x2@example.fr" });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ code: "VALIDATION_FAILED", errors: [{ path: "reasons" }] });
    const badReason = await world.ask({ reasons: ["cantine"], email: "x3@example.fr" });
    expect(badReason.status).toBe(400);
  });

  it("refuses the same email and training on day 3 with Retry-After, and accepts it on day 5", async () => {
    const start = world.clock.now();
    expect((await world.ask({ email: "double@example.fr" })).status).toBe(201);
    world.clock.set(new Date(start.getTime() + 3 * DAY));
    const again = await world.ask({ email: "Double@Example.fr" });
    expect(again.status).toBe(429);
    expect(again.headers.get("retry-after")).toBe(String(DAY / 1000));
    expect(await again.json()).toMatchObject({ code: "DUPLICATE_REQUEST", detail: expect.stringContaining("1 jour") });
    expect((await world.ask({ email: "double@example.fr", trainingId: T2 })).status).toBe(201);
    world.clock.set(new Date(start.getTime() + 5 * DAY));
    expect((await world.ask({ email: "double@example.fr" })).status).toBe(201);
    world.clock.set(start);
  });
});

describe("the CFA's answer", () => {
  it("reaches the candidate's mailbox from the action page, and is recorded once", async () => {
    expect((await world.ask({ email: "reponse@example.fr", trainingId: T2 })).status).toBe(201);
    const request = (await world.mailTo(FORMATEUR_EMAIL)).find((message) =>
      message.text.includes("reponse@example.fr"),
    );
    const page = `/rendez-vous/reponse/${request?.token}`;
    const shown = await world.app.request(page);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain("reponse@example.fr");
    expect(html).toContain('name="intention"');
    const before = (await world.mailTo("reponse@example.fr")).map((message) => message.subject);
    expect(before.some((subject) => subject.includes("a répondu"))).toBe(false);

    const empty = await world.app.request(page, form({ intention: "personalised_answer", message: "" }));
    expect(empty.status).toBe(422);
    const answered = await world.app.request(
      page,
      form({ intention: "personalised_answer", message: "Venez jeudi à 14 h." }),
    );
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain("Réponse enregistrée");
    const [answer] = await world.mailTo("reponse@example.fr");
    expect(answer?.subject).toContain("a répondu à votre demande de rendez-vous");
    expect(answer?.text).toContain("« Venez jeudi à 14 h. »");

    const twin = `/api/v1/appointment-replies/${request?.token}`;
    const read = await world.app.request(twin);
    expect(await read.json()).toMatchObject({
      answer: { intention: "personalised_answer", message: "Venez jeudi à 14 h." },
    });
    const second = await world.app.request(twin, json("POST", { intention: "unreachable" }));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ code: "ALREADY_ANSWERED" });
    // The link opened again shows the recorded answer and offers no second one.
    const again = await (await world.app.request(page)).text();
    expect(again).toContain("Réponse enregistrée");
    expect(again).not.toContain("<form");
  });

  it("answers through the JSON twin too; a bad token is 401 LINK_INVALID", async () => {
    await world.ask({ email: "json@example.fr" });
    const request = (await world.mailTo(SESSION_EMAIL)).find((message) => message.text.includes("json@example.fr"));
    const twin = `/api/v1/appointment-replies/${request?.token}`;
    const missing = await world.app.request(twin, json("POST", { intention: "personalised_answer" }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: "ANSWER_INVALID" });
    const done = await world.app.request(twin, json("POST", { intention: "other_channel" }));
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ training: { id: T1 }, answer: { intention: "other_channel" } });
    const bad = await world.app.request(`/api/v1/appointment-replies/${"x".repeat(43)}`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: "LINK_INVALID" });
    expect((await world.app.request(`/rendez-vous/reponse/${"x".repeat(43)}`)).status).toBe(401);
  });
});

function form(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  };
}
