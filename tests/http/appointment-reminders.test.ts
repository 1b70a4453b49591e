import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { type AppointmentTestApp, createAppointmentTestApp } from "../support/appointment-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const SESSION_EMAIL = "session-rdv@cfa-test.fr";

let database: DatabaseHandle;
let world: AppointmentTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createAppointmentTestApp(database);
});
afterAll(() => database.close());

const reminders = async () =>
  (await world.mailTo(SESSION_EMAIL)).filter((message) => message.subject.startsWith("Rappel"));

describe("appointments:remind", () => {
  it("reminds the CFA once when a request is unanswered after 4 working days, skipping a weekend and Easter Monday", async () => {
    world.clock.set("2026-04-02T08:00:00Z"); // Thursday before Easter 2026, 10:00 in Paris
    expect((await world.ask({ email: "paques@example.fr" })).status).toBe(201);
    // Wednesday 8 April, noon: 4 working days if Easter Monday counted, 3 as it does not.
    expect(await world.runJob("appointments:remind", "2026-04-08T10:00:00Z")).toEqual({ reminded: 0 });
    expect(await reminders()).toEqual([]);
    expect(await world.runJob("appointments:remind", "2026-04-09T08:00:00Z")).toEqual({ reminded: 1 });
    const [reminder] = await reminders();
    expect(reminder?.text).toContain("paques@example.fr");
    expect(reminder?.links[0]).toContain("/rendez-vous/reponse/");
    expect(await world.runJob("appointments:remind", "2026-04-10T08:00:00Z")).toEqual({ reminded: 0 });
    expect(await reminders()).toHaveLength(1);
  });

  it("does not remind a request the CFA answered", async () => {
    world.clock.set("2026-05-04T08:00:00Z");
    await world.ask({ email: "repondu@example.fr" });
    const request = (await world.mailTo(SESSION_EMAIL)).find((message) => message.text.includes("repondu@example.fr"));
    const answer = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"intention":"unreachable"}',
    };
    expect((await world.app.request(`/api/v1/appointment-replies/${request?.token}`, answer)).status).toBe(200);
    expect(await world.runJob("appointments:remind", "2026-05-20T08:00:00Z")).toEqual({ reminded: 0 });
  });
});
