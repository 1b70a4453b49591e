import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { establishmentProfiles, offers, organisations, users } from "../../src/adapters/postgres/schema.ts";
import { readDemoPosters } from "../../src/composition/demo-offer-drafts.ts";
import { bearer, createIdentityTestApp, type IdentityTestApp, logIn } from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  // Development mode: SEED_DEMO_DATA loads every demo file at start-up, INSEE offline (no INSEE_API_KEY).
  world = await createIdentityTestApp(database, { SEED_DEMO_DATA: "true" });
}, 120_000);
afterAll(() => database.close());

const { posters } = readDemoPosters();
const draftCount = posters.reduce((sum, poster) => sum + poster.drafts.length, 0);

type Item = { kind: "offer" | "partner_offer" | "company"; distanceKm: number };

async function rowCounts() {
  const counted = async (table: typeof offers | typeof organisations | typeof users | typeof establishmentProfiles) =>
    (await database.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    offers: await counted(offers),
    organisations: await counted(organisations),
    users: await counted(users),
    profiles: await counted(establishmentProfiles),
  };
}

describe("demo offers posted here, seeded at start-up (SEED_DEMO_DATA)", () => {
  it("reads the generated drafts: several companies, each with its recruiter", () => {
    expect(posters.length).toBeGreaterThan(10);
    expect(draftCount).toBe(120);
  });

  it("posts every draft, so D1102 around Paris answers offers, then France Travail offers, then companies", async () => {
    expect((await rowCounts()).offers).toBe(draftCount);
    const response = await world.app.request("/api/v1/jobs/search?romes=D1102&insee=75056&pageSize=100");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: Item[]; totals: Record<string, number> };
    const kinds = body.items.map((item) => item.kind);
    const firstOf = (kind: Item["kind"]) => kinds.indexOf(kind);
    const lastOf = (kind: Item["kind"]) => kinds.lastIndexOf(kind);
    expect(firstOf("offer")).toBe(0);
    expect(firstOf("partner_offer")).toBe(lastOf("offer") + 1);
    expect(firstOf("company")).toBe(lastOf("partner_offer") + 1);
    expect(body.totals).toMatchObject({
      offers: expect.any(Number),
      partnerOffers: expect.any(Number),
      companies: expect.any(Number),
    });
    const offerDistances = body.items.filter((item) => item.kind === "offer").map((item) => item.distanceKm);
    expect(offerDistances).toEqual([...offerDistances].sort((a, b) => a - b));
  });

  it("adds nothing at a second start-up", async () => {
    const before = await rowCounts();
    expect(before.organisations).toBeGreaterThanOrEqual(posters.length);
    await world.bootstrap();
    expect(await rowCounts()).toEqual(before);
  });

  it("sends the recruiter the offer context's usual email for each offer, and no welcome email", async () => {
    const poster = posters[0];
    if (!poster) throw new Error("no demo poster");
    await world.app.request("/dev/jobs/outbox:dispatch", { method: "POST" });
    const mailbox = await world.app.request(`/dev/mailbox?to=${encodeURIComponent(poster.recruiter.email)}`);
    const { messages } = (await mailbox.json()) as { messages: { subject: string }[] };
    expect(messages.map((message) => message.subject)).toEqual(
      poster.drafts.map(() => expect.stringMatching(/^Votre offre « .+ » est en ligne$/)),
    );
  });

  it("lets a demo recruiter log in by a login link and find the company's offers in the console", async () => {
    const poster = posters[0];
    if (!poster) throw new Error("no demo poster");
    // The login link's email is the newest one of that mailbox (the offers' emails were delivered before).
    await world.app.request("/dev/jobs/outbox:dispatch", { method: "POST" });
    const accessToken = await logIn(world.app, poster.recruiter.email);
    const response = await world.app.request("/api/v1/console/offers?tab=active", { headers: bearer(accessToken) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; items: { romeCode: string }[] };
    expect(body.total).toBe(poster.drafts.length);
    expect(body.items.map((item) => item.romeCode).sort()).toEqual(poster.drafts.map((d) => d.romeCode).sort());
  });

  it("leaves the account as a confirmed sign-up does: active, the recruiter its admin", async () => {
    const poster = posters[0];
    if (!poster) throw new Error("no demo poster");
    const accessToken = await logIn(world.app, poster.recruiter.email);
    const me = (await (await world.app.request("/api/v1/me", { headers: bearer(accessToken) })).json()) as {
      user: { firstName: string; lastName: string; phone: string };
      organisations: { siret: string; kind: string; status: string; role: string }[];
    };
    const { firstName, lastName } = poster.recruiter;
    expect(me.user).toMatchObject({ firstName, lastName, phone: expect.stringMatching(/^\+33\d{9}$/) });
    expect(me.organisations).toEqual([
      expect.objectContaining({ kind: "company", siret: poster.siret, status: "active", role: "admin" }),
    ]);
  });
});
