import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import { type AppointmentTestApp, createAppointmentTestApp, T1, T2 } from "../../../support/appointment-app.ts";
import { bearer, json } from "../../../support/identity-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";

let database: DatabaseHandle;
let world: AppointmentTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createAppointmentTestApp(database);
}, 60_000);
afterAll(() => database.close());

const post = (path: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return world.app.request(path, { method: "POST", body });
};

const aRequest = (overrides: Record<string, string | string[]> = {}) => ({
  applicantType: "student",
  firstName: "Léa",
  lastName: "Martin",
  email: "lea.martin@example.fr",
  phone: "06 12 34 56 78",
  reasons: ["frais", "places"],
  message: "",
  ...overrides,
});

describe("the training page and its appointment form", () => {
  it("shows the training with its sources and the 'Prendre rendez-vous' button when the service is on", async () => {
    const response = await world.app.request(`/formations/${T1}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>BTS MANAGEMENT COMMERCIAL OPÉRATIONNEL</h1>");
    expect(page).toContain("<h2>Sources</h2>");
    expect(page).toContain("Carif-Oref");
    expect(page).toContain(`href="/formations/${T1}/rendez-vous"`);
    expect((await world.app.request("/formations/inconnue")).status).toBe(404);
  });

  it("sends the request to the centre (303 to 'Demande envoyée'), the candidate gets a copy", async () => {
    const email = "lea.page@example.fr";
    const form = await (await world.app.request(`/formations/${T1}/rendez-vous`)).text();
    expect(form).toContain("<legend>Vos questions<");
    const response = await post(`/formations/${T1}/rendez-vous`, aRequest({ email }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/formations/${T1}/rendez-vous/envoyee#contenu`);
    const sent = await (await world.app.request(`/formations/${T1}/rendez-vous/envoyee`)).text();
    expect(sent).toContain("<h1>Demande envoyée</h1>");
    expect((await world.mailTo("session-rdv@cfa-test.fr")).some((mail) => mail.text.includes(email))).toBe(true);
    expect(await world.mailTo(email)).toHaveLength(1);

    const again = await post(`/formations/${T1}/rendez-vous`, aRequest({ email }));
    expect(again.status).toBe(429);
    expect(again.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await again.text()).toContain("il y a moins de 4 jours");
  });

  it("lists what is missing in the order of the fields, keeps what was typed, and sends nothing", async () => {
    const email = "lea.incomplete@example.fr";
    const response = await post(
      `/formations/${T1}/rendez-vous`,
      aRequest({ email, firstName: "", reasons: [], phone: "12" }),
    );
    expect(response.status).toBe(422);
    const page = await response.text();
    const summary = page.slice(page.indexOf('id="erreurs"'), page.indexOf("</ul></div>"));
    expect([...summary.matchAll(/href="#champ-(\w+)"/g)].map((match) => match[1])).toEqual([
      "firstName",
      "phone",
      "reasons",
    ]);
    expect(page).toContain(`value="${email}"`);
    expect(await world.mailTo(email)).toEqual([]);
  });

  it("has no button and no form when support switched the service off for the training", async () => {
    const off = await world.app.request(
      `/api/v1/admin/trainings/${T2}/appointment-settings`,
      json("PATCH", { platforms: { lba: false, onisep: true, parcoursup: false } }, bearer(world.supportToken)),
    );
    expect(off.status).toBe(200);
    const page = await (await world.app.request(`/formations/${T2}`)).text();
    expect(page).not.toContain("/rendez-vous");
    const form = await world.app.request(`/formations/${T2}/rendez-vous`);
    expect(form.status).toBe(409);
    expect(await form.text()).toContain("<h1>Prise de rendez-vous indisponible</h1>");
  });
});
