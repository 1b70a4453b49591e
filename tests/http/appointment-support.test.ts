import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  type AppointmentTestApp,
  createAppointmentTestApp,
  FORMATEUR_EMAIL,
  FORMATEUR_SIRET,
  T1,
  T2,
} from "../support/appointment-app.ts";
import { bearer, json, registerAndLogIn } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: AppointmentTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createAppointmentTestApp(database);
});
afterAll(() => database.close());

const asSupport = (method: string, path: string, body?: unknown) =>
  world.app.request(path, json(method, body, bearer(world.supportToken)));
const establishmentSettings = `/api/v1/admin/establishments/${FORMATEUR_SIRET}/appointment-settings`;
const trainingSettings = (id: string) => `/api/v1/admin/trainings/${id}/appointment-settings`;

describe("support's appointment settings", () => {
  it("switch the service off for an establishment, a training's override winning, and survive a catalogue import", async () => {
    const off = await asSupport("PATCH", establishmentSettings, {
      platforms: { lba: false, onisep: true, parcoursup: false },
    });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ siret: FORMATEUR_SIRET, trainingCount: 2, contactEmail: null });
    const override = await asSupport("PATCH", trainingSettings(T2), {
      platforms: { lba: true, onisep: true, parcoursup: false },
      contactEmail: "rdv-boulangerie@cfa-test.fr",
    });
    expect(await override.json()).toMatchObject({ trainingId: T2, recipientEmail: "rdv-boulangerie@cfa-test.fr" });

    await world.runJob("catalogue:import");

    expect((await world.ask({ email: "off@example.fr" })).status).toBe(409);
    expect((await world.ask({ email: "onisep@example.fr", platform: "onisep" })).status).toBe(201);
    expect((await world.ask({ email: "override@example.fr", trainingId: T2 })).status).toBe(201);
    const [toOverride] = await world.mailTo("rdv-boulangerie@cfa-test.fr");
    expect(toOverride?.text).toContain("override@example.fr");
    const detail = await (await world.app.request(`/api/v1/trainings/${T2}`)).json();
    expect(detail.appointment).toMatchObject({ available: true, platforms: ["lba", "onisep"] });

    const back = await asSupport("PATCH", establishmentSettings, {
      platforms: { lba: true, onisep: true, parcoursup: false },
    });
    expect(back.status).toBe(200);
  });

  it("refuse unknown establishments and trainings, a malformed address, and anyone but support", async () => {
    const platforms = { lba: true, onisep: true, parcoursup: false };
    const unknown = await asSupport("PATCH", "/api/v1/admin/establishments/99100001900125/appointment-settings", {
      platforms,
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "ESTABLISHMENT_NOT_IN_CATALOGUE" });
    expect((await asSupport("PATCH", trainingSettings("inconnue"), { platforms })).status).toBe(404);
    expect(
      (await asSupport("PATCH", trainingSettings(T1), { platforms, contactEmail: "pas une adresse" })).status,
    ).toBe(400);
    expect((await asSupport("PATCH", trainingSettings(T1), { platforms: { lba: true } })).status).toBe(400);
    const member = (await registerAndLogIn(world, { kind: "cfa" })).accessToken;
    const refused = await world.app.request(establishmentSettings, json("PATCH", { platforms }, bearer(member)));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "ADMIN_ONLY" });
    expect((await world.app.request("/api/v1/admin/appointment-stats", { headers: bearer(member) })).status).toBe(403);
    expect((await world.app.request("/api/v1/admin/appointments")).status).toBe(401);
  });
});

describe("Parcoursup activation", () => {
  it("happens only through the invitation link's POST: opening it changes nothing", async () => {
    const sent = await asSupport("POST", `/api/v1/admin/establishments/${FORMATEUR_SIRET}/parcoursup-invitation`);
    expect(sent.status).toBe(202);
    expect(await sent.json()).toMatchObject({ recipientEmail: FORMATEUR_EMAIL });
    const invitation = (await world.mailTo(FORMATEUR_EMAIL)).find((message) => message.subject.includes("Parcoursup"));
    const page = `/rendez-vous/activation-parcoursup/${invitation?.token}`;

    const shown = await world.app.request(page);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain("4 jours ouvrés");
    const twin = await world.app.request(`/api/v1/parcoursup-activations/${invitation?.token}`);
    expect(await twin.json()).toMatchObject({
      platforms: { parcoursup: false },
      commitment: expect.stringContaining("4 jours ouvrés"),
    });
    expect((await world.ask({ platform: "parcoursup", email: "ps1@example.fr" })).status).toBe(409);

    const activated = await world.app.request(page, { method: "POST" });
    expect(activated.status).toBe(200);
    expect(await activated.text()).toContain("Service activé sur Parcoursup");
    expect((await world.ask({ platform: "parcoursup", email: "ps2@example.fr" })).status).toBe(201);
    expect((await world.app.request(page, { method: "POST" })).status).toBe(401);
  });
});

describe("support's views", () => {
  it("list the requests with their answers and each establishment's response rate", async () => {
    world.clock.advance(60_000); // the newest, whatever the random ids of the requests made at the same instant
    await world.ask({ email: "stats@example.fr" });
    const list = await asSupport("GET", `/api/v1/admin/appointments?siret=${FORMATEUR_SIRET}&pageSize=2`);
    expect(list.status).toBe(200);
    const page = await list.json();
    expect(page).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number) });
    expect(page.items[0]).toMatchObject({ applicant: { email: "stats@example.fr" }, answer: null, remindedAt: null });
    const stats = await (await asSupport("GET", "/api/v1/admin/appointment-stats")).json();
    expect(stats.items).toEqual([
      expect.objectContaining({ siret: FORMATEUR_SIRET, answered: 0, responseRate: 0, medianResponseSeconds: null }),
    ]);
  });
});
