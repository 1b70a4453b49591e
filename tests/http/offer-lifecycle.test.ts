import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { bearer, createIdentityTestApp, type IdentityTestApp, json } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const DAY = 86_400_000;
const CONTACT = "recrutement@boulangerie-test.fr";

type Message = { subject: string; text: string; links: string[] };

/** Runs a job as of the test clock (POST /dev/jobs), as `npm run job -- <name> --now=` would. */
async function runJob(name: string) {
  const now = encodeURIComponent(world.clock.now().toISOString());
  const response = await world.app.request(`/dev/jobs/${name}?now=${now}`, { method: "POST" });
  expect(response.status).toBe(200);
}

/** Every email delivered to `to`, newest first. */
async function mailbox(to: string): Promise<Message[]> {
  await runJob("outbox:dispatch");
  const body = await (await world.app.request(`/dev/mailbox?to=${encodeURIComponent(to)}`)).json();
  return body.messages;
}

const withSubject = async (to: string, pattern: RegExp) =>
  (await mailbox(to)).filter((message) => pattern.test(message.subject));

async function signUpAndLogIn(): Promise<string> {
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email: CONTACT };
  const signUp = await world.app.request(
    "/api/v1/recruiters",
    json("POST", { siret: DEMO_SIRETS.companyOpen, ...contact }),
  );
  expect(signUp.status).toBe(201);
  return openSession();
}

/** Access tokens live 12 hours: once the clock has moved on by days, the recruiter logs in again. */
async function logInAgain(): Promise<string> {
  await world.app.request("/api/v1/auth/magic-link", json("POST", { email: CONTACT }));
  await runJob("identity:login-links"); // docs/adr/0015: the link is emailed by this job
  return openSession();
}

async function openSession(): Promise<string> {
  const [newest] = await mailbox(CONTACT);
  const token = newest?.links[0]?.split("/").pop();
  const session = await world.app.request("/api/v1/auth/session", json("POST", { token }));
  expect(session.status).toBe(200);
  return (await session.json()).accessToken;
}

describe("an offer's life, driven by the clock", () => {
  it("publishes, reminds at J-7 and J-1 once each, extends from the email's POST, re-arms, expires", async () => {
    const accessToken = await signUpAndLogIn();
    const console = async (tab: string) => {
      const headers = bearer(await logInAgain());
      const response = await world.app.request(`/api/v1/console/offers?tab=${tab}`, { headers });
      return (await response.json()).items as { id: string; expiresAt: string; status: string }[];
    };

    // Published at once, valid 30 days.
    const published = await world.app.request(
      "/api/v1/offers",
      json(
        "POST",
        {
          romeCode: "D1102",
          appellation: "Boulanger / Boulangère",
          contractTypes: ["apprentissage"],
          startDate: "2027-01-04",
          durationMonths: 24,
          openings: 1,
        },
        bearer(accessToken),
      ),
    );
    expect(published.status).toBe(201);
    const offer = await published.json();
    expect(offer).toMatchObject({ status: "active", opco: { code: "EP" }, contactEmail: CONTACT });
    const expiresAt = new Date(offer.expiresAt);
    expect(expiresAt.getTime() - world.clock.now().getTime()).toBe(30 * DAY);
    expect(await withSubject(CONTACT, /est en ligne/)).toHaveLength(1);
    expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(200);

    // Eight days before: nothing yet.
    world.clock.set(new Date(expiresAt.getTime() - 8 * DAY));
    await runJob("offers:remind");
    expect(await withSubject(CONTACT, /expire/)).toHaveLength(0);

    // J-7: one email, and a second run sends nothing more.
    world.clock.set(new Date(expiresAt.getTime() - 7 * DAY));
    await runJob("offers:remind");
    await runJob("offers:remind");
    const j7 = await withSubject(CONTACT, /expire dans 7 jours/);
    expect(j7).toHaveLength(1);

    // J-1: one email too.
    world.clock.set(new Date(expiresAt.getTime() - DAY));
    await runJob("offers:remind");
    await runJob("offers:remind");
    const j1 = await withSubject(CONTACT, /expire demain/);
    expect(j1).toHaveLength(1);
    const extendLink = j1[0]?.links.find((link) => link.includes("/offres/prolonger/")) ?? "";
    const token = extendLink.split("/").pop() ?? "";
    expect(extendLink).toMatch(/^https:\/\/api\.lba\.test\/offres\/prolonger\/[A-Za-z0-9_-]{43}$/);

    // GET on the link (a mail scanner, a curious click) changes nothing.
    expect((await world.app.request(`/offres/prolonger/${token}`)).status).toBe(200);
    const preview = await world.app.request(`/api/v1/offer-actions/${token}`);
    expect(await preview.json()).toMatchObject({ purpose: "extend", offerId: offer.id, status: "active" });
    expect((await console("active"))[0]?.expiresAt).toBe(offer.expiresAt);

    // The page's form POST extends: 30 days from now; the link then is spent.
    const extendedAt = world.clock.now();
    const extended = await world.app.request(`/offres/prolonger/${token}`, { method: "POST" });
    expect(extended.status).toBe(200);
    expect(await extended.text()).toContain("Offre prolongée");
    const newExpiry = new Date(extendedAt.getTime() + 30 * DAY);
    expect((await console("active"))[0]?.expiresAt).toBe(newExpiry.toISOString());
    expect((await world.app.request(`/offres/prolonger/${token}`, { method: "POST" })).status).toBe(401);
    // The J-7 link of the previous life no longer acts either.
    const oldToken = j7[0]?.links
      .find((link) => link.includes("/offres/prolonger/"))
      ?.split("/")
      .pop();
    expect((await world.app.request(`/api/v1/offer-actions/${oldToken}`, { method: "POST" })).status).toBe(401);

    // Reminders are re-armed for the new life.
    world.clock.set(new Date(newExpiry.getTime() - 7 * DAY));
    await runJob("offers:remind");
    expect(await withSubject(CONTACT, /expire dans 7 jours/)).toHaveLength(2);

    // Past the expiry: the job expires it, it moves to the expired tab and leaves the public view.
    world.clock.set(new Date(newExpiry.getTime() + 60_000));
    expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(404);
    await runJob("offers:expire");
    await runJob("offers:expire");
    expect(await withSubject(CONTACT, /a expiré/)).toHaveLength(1);
    expect(await console("active")).toEqual([]);
    expect((await console("expired")).map((item) => [item.id, item.status])).toEqual([[offer.id, "expired"]]);
    expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(404);
  });
});
