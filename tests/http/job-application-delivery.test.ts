import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createFakeAntivirus } from "../../src/adapters/memory/antivirus.memory.ts";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { aPdfCv } from "../support/cv-files.ts";
import { bearer, json } from "../support/identity-app.ts";
import {
  type ApplicationTestApp,
  aCandidate,
  createApplicationTestApp,
  RECRUITER_EMAIL,
} from "../support/job-application-app.ts";
import { publishAnOffer } from "../support/offer-search-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const DAY = 86_400_000;
const antivirus = createFakeAntivirus();
const logLines: string[] = [];

let database: DatabaseHandle;
let world: ApplicationTestApp;
beforeAll(async () => {
  const capture = (line: unknown) => void logLines.push(String(line));
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  database = await createTestDatabase();
  world = await createApplicationTestApp(database, { antivirus }, { LOG_LEVEL: "debug" });
}, 60_000);
afterAll(async () => {
  vi.restoreAllMocks();
  await database.close();
});

let candidates = 0;
const someone = () => `suivi${++candidates}@example.fr`;
const pdf = { filename: "cv.pdf", bytes: aPdfCv() };
const applicationsOf = async (offerId: string) => {
  const response = await world.app.request(`/api/v1/offers/${offerId}/applications`, {
    headers: bearer(world.recruiter.accessToken),
  });
  return ((await response.json()) as { items: { id: string; delivery: string; cv: unknown }[] }).items;
};

describe("when the antivirus is down", () => {
  it("accepts the application, sends nothing, and delivers it once the antivirus answers clean", async () => {
    const offer = await publishAnOffer(world.app, world.recruiter.accessToken);
    const email = someone();
    antivirus.goDown();
    expect((await world.apply(aCandidate({ offerId: offer.id }, { email }), pdf)).status).toBe(202);
    const before = (await world.mailTo(RECRUITER_EMAIL)).length;
    expect(await world.runJob("applications:deliver", world.clock.now().toISOString())).toMatchObject({
      delivered: 0,
      waiting: 1,
    });
    expect(await world.mailTo(RECRUITER_EMAIL)).toHaveLength(before);
    expect(await world.mailTo(email)).toHaveLength(0);
    expect((await applicationsOf(offer.id))[0]).toMatchObject({ delivery: "awaiting_scan", cv: null });

    antivirus.answerClean();
    const later = new Date(world.clock.now().getTime() + 10 * 60_000).toISOString();
    expect(await world.runJob("applications:deliver", later)).toMatchObject({ delivered: 1 });
    const [toCompany] = await world.mailTo(RECRUITER_EMAIL);
    expect(toCompany?.attachments).toHaveLength(1);
    expect(await world.mailTo(email)).toHaveLength(1);
    antivirus.judgeAsOffline();
  });

  it("never forwards a CV found infected later, and tells the candidate", async () => {
    const offer = await publishAnOffer(world.app, world.recruiter.accessToken);
    const email = someone();
    antivirus.goDown();
    expect((await world.apply(aCandidate({ offerId: offer.id }, { email }), pdf)).status).toBe(202);
    const before = (await world.mailTo(RECRUITER_EMAIL)).length;
    antivirus.answerInfected();
    const later = new Date(world.clock.now().getTime() + 20 * 60_000).toISOString();
    expect(await world.runJob("applications:deliver", later)).toMatchObject({ infected: 1 });
    expect(await world.mailTo(RECRUITER_EMAIL)).toHaveLength(before);
    const [told] = await world.mailTo(email);
    expect(told?.text).toContain("cv.pdf");
    expect((await applicationsOf(offer.id))[0]).toMatchObject({ delivery: "infected", cv: null });
    antivirus.judgeAsOffline();
  });
});

describe("an offer marked filled", () => {
  it("tells each candidate still waiting for an answer, once; not when the recruiter opts out", async () => {
    const offer = await publishAnOffer(world.app, world.recruiter.accessToken);
    const waiting = someone();
    const answered = someone();
    expect((await world.apply(aCandidate({ offerId: offer.id }, { email: waiting }), pdf)).status).toBe(202);
    expect((await world.apply(aCandidate({ offerId: offer.id }, { email: answered }), pdf)).status).toBe(202);
    const [newest] = await world.mailTo(RECRUITER_EMAIL);
    const token = new URL(newest?.links.find((link) => link.includes("/candidatures/reponse/")) ?? "").pathname
      .split("/")
      .pop();
    expect(
      (await world.app.request(`/api/v1/application-responses/${token}`, json("POST", { intention: "refuse" }))).status,
    ).toBe(200);
    const close = await world.app.request(
      `/api/v1/offers/${offer.id}/close`,
      json("POST", { outcome: "filled" }, bearer(world.recruiter.accessToken)),
    );
    expect(close.status).toBe(200);
    const toWaiting = await world.mailTo(waiting);
    expect(toWaiting).toHaveLength(2); // the confirmation, then "filled"
    expect(await world.mailTo(answered)).toHaveLength(2); // the confirmation, then the refusal

    const quiet = await publishAnOffer(world.app, world.recruiter.accessToken);
    const other = someone();
    expect((await world.apply(aCandidate({ offerId: quiet.id }, { email: other }), pdf)).status).toBe(202);
    const closeQuietly = await world.app.request(
      `/api/v1/offers/${quiet.id}/close`,
      json("POST", { outcome: "filled", notifyCandidates: false }, bearer(world.recruiter.accessToken)),
    );
    expect(closeQuietly.status).toBe(200);
    expect(await world.mailTo(other)).toHaveLength(1);
  });
});

describe("retention:purge", () => {
  it("deletes CVs 90 days after delivery and anonymises applications after 2 years without activity", async () => {
    const offer = await publishAnOffer(world.app, world.recruiter.accessToken);
    const email = someone();
    expect((await world.apply(aCandidate({ offerId: offer.id }, { email }), pdf)).status).toBe(202);
    const start = world.clock.now().getTime();
    await world.runJob("retention:purge", new Date(start + 89 * DAY).toISOString());
    expect((await applicationsOf(offer.id))[0]?.cv).not.toBeNull();
    const at91 = await world.runJob("retention:purge", new Date(start + 91 * DAY).toISOString());
    expect(at91.cvsDeleted).toBeGreaterThanOrEqual(1);
    expect((await applicationsOf(offer.id))[0]?.cv).toBeNull();
    const at2y = await world.runJob("retention:purge", new Date(start + 731 * DAY).toISOString());
    expect(at2y.anonymised).toBeGreaterThanOrEqual(1);
    const [anonymised] = (await applicationsOf(offer.id)) as unknown as {
      candidate: { email: string; phone: unknown };
    }[];
    expect(anonymised?.candidate.email).not.toBe(email);
    expect(anonymised?.candidate.phone).toBeNull();
  });
});

describe("the logs", () => {
  it("hold no CV bytes, candidate email or phone number", async () => {
    const marker = aPdfCv("CONTENU-SECRET-DU-CV");
    const email = "journal.prive@example.fr";
    expect(
      (
        await world.apply(aCandidate({ offerId: world.offer.id }, { email, phone: "06 98 76 54 32" }), {
          filename: "cv.pdf",
          bytes: marker,
        })
      ).status,
    ).toBe(202);
    await world.mailTo(RECRUITER_EMAIL);
    await world.mailTo(email);
    expect(logLines.length).toBeGreaterThan(0);
    const leaks = logLines.filter(
      (line) =>
        line.includes("CONTENU-SECRET") ||
        line.includes("%PDF") ||
        line.includes(email) ||
        /0?6[ .]?98[ .]?76[ .]?54[ .]?32|\+33698765432/.test(line),
    );
    expect(leaks).toEqual([]);
  });
});
