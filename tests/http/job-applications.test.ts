import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { rowsOf } from "../../src/adapters/postgres/rows.ts";
import { aDocxCv, aPdfCv, aPdfOfSize, aPlainZip, aPng, EICAR } from "../support/cv-files.ts";
import { bearer, json, registerAndLogIn } from "../support/identity-app.ts";
import {
  type ApplicationTestApp,
  aCandidate,
  COMPANIES_WITH_EMAIL,
  COMPANY_WITHOUT_EMAIL,
  createApplicationTestApp,
  RECRUITER_EMAIL,
} from "../support/job-application-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

const MiB = 1024 * 1024;

let database: DatabaseHandle;
let world: ApplicationTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createApplicationTestApp(database);
}, 60_000);
afterAll(() => database.close());

let candidates = 0;
/** A fresh candidate email each time, so that quotas only bite where a test wants them to. */
const someone = () => `candidat${++candidates}@example.fr`;
const pdf = { filename: "CV Léa Martin.pdf", bytes: aPdfCv() };

describe("applying to an offer posted here, and the company's quick response", () => {
  it("sends the company the CV and three links; GET changes nothing; POST interview tells the candidate at once", async () => {
    const email = someone();
    const response = await world.apply(aCandidate({ offerId: world.offer.id }, { email }), pdf);
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect(id).toEqual(expect.any(String));

    const [toCompany] = await world.mailTo(RECRUITER_EMAIL);
    expect(toCompany?.subject).toContain("Nouvelle candidature");
    expect(toCompany?.text).toContain("Léa Martin");
    expect(toCompany?.text).toContain(email);
    expect(toCompany?.attachments).toEqual([
      expect.objectContaining({
        filename: "CV Léa Martin.pdf",
        contentType: "application/pdf",
        size: pdf.bytes.length,
      }),
    ]);
    const responseLinks = (toCompany?.links ?? []).filter((link) => link.includes("/candidatures/reponse/"));
    expect(responseLinks).toHaveLength(3);
    const [confirmation] = await world.mailTo(email);
    expect(confirmation?.text).toBeTruthy();

    const interviewLink = responseLinks.find((link) => link.endsWith("reponse=interview")) ?? "";
    const page = await world.app.request(new URL(interviewLink).pathname + new URL(interviewLink).search);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Je propose un entretien");
    const token = new URL(interviewLink).pathname.split("/").pop() ?? "";
    const before = await world.app.request(`/api/v1/application-responses/${token}`);
    expect(((await before.json()) as { answer: unknown }).answer).toBeNull();
    expect(await world.mailTo(email)).toHaveLength(1);

    const answered = await world.app.request(new URL(interviewLink).pathname, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intention: "interview", message: "Venez mardi à 10 h, au fournil." }),
    });
    expect(answered.status).toBe(200);
    const [answer] = await world.mailTo(email);
    expect(answer?.text).toContain("Venez mardi à 10 h, au fournil.");
  });

  it("notifies again when the answer changes, not when the same answer is sent twice", async () => {
    const email = someone();
    expect((await world.apply(aCandidate({ offerId: world.offer.id }, { email }), pdf)).status).toBe(202);
    const link =
      (await world.mailTo(RECRUITER_EMAIL))[0]?.links.find((l) => l.includes("/candidatures/reponse/")) ?? "";
    const token = new URL(link).pathname.split("/").pop() ?? "";
    const respond = (intention: string) =>
      world.app.request(`/api/v1/application-responses/${token}`, json("POST", { intention }));
    expect((await respond("later")).status).toBe(200);
    expect((await respond("later")).status).toBe(200);
    expect(await world.mailTo(email)).toHaveLength(2); // the confirmation and one "later"
    expect((await respond("refuse")).status).toBe(200);
    expect(await world.mailTo(email)).toHaveLength(3);
  });

  it("accepts a DOCX CV", async () => {
    const docx = { filename: "cv.docx", bytes: aDocxCv(), type: "application/octet-stream" };
    expect((await world.apply(aCandidate({ offerId: world.offer.id }, { email: someone() }), docx)).status).toBe(202);
  });
});

describe("refusals", () => {
  const refusal = async (response: Response) => ({
    status: response.status,
    body: (await response.json()) as { code: string },
  });
  const toOffer = (overrides: Record<string, string> = {}) =>
    aCandidate({ offerId: world.offer.id }, { email: someone(), ...overrides });

  it("a .pdf that is really a PNG, and a DOCX that is a zip without word/document.xml: 422 CV_TYPE_NOT_ALLOWED", async () => {
    const png = await refusal(await world.apply(toOffer(), { filename: "cv.pdf", bytes: aPng() }));
    expect(png).toMatchObject({ status: 422, body: { code: "CV_TYPE_NOT_ALLOWED" } });
    const zip = await refusal(await world.apply(toOffer(), { filename: "cv.docx", bytes: aPlainZip() }));
    expect(zip).toMatchObject({ status: 422, body: { code: "CV_TYPE_NOT_ALLOWED" } });
  });

  it("a CV of 3 MiB passes, 3 MiB + 1 byte is 413 CV_TOO_LARGE", async () => {
    expect((await world.apply(toOffer(), { filename: "cv.pdf", bytes: aPdfOfSize(3 * MiB) })).status).toBe(202);
    const tooLarge = await refusal(
      await world.apply(toOffer(), { filename: "cv.pdf", bytes: aPdfOfSize(3 * MiB + 1) }),
    );
    expect(tooLarge).toMatchObject({ status: 413, body: { code: "CV_TOO_LARGE" } });
  });

  it("the EICAR test file: 422 CV_INFECTED, and nothing reaches the company", async () => {
    const before = (await world.mailTo(RECRUITER_EMAIL)).length;
    const infected = await refusal(await world.apply(toOffer(), { filename: "cv.pdf", bytes: EICAR }));
    expect(infected).toMatchObject({ status: 422, body: { code: "CV_INFECTED" } });
    expect(await world.mailTo(RECRUITER_EMAIL)).toHaveLength(before);
  });

  it("a disposable email domain: 422 DISPOSABLE_EMAIL", async () => {
    const disposable = await refusal(await world.apply(toOffer({ email: "lea@jetable.test" }), pdf));
    expect(disposable).toMatchObject({ status: 422, body: { code: "DISPOSABLE_EMAIL" } });
  });

  it("the 4th application to one offer within 24 h: 429 QUOTA_EXCEEDED with Retry-After", async () => {
    const email = someone();
    for (let i = 0; i < 3; i++) expect((await world.apply(toOffer({ email }), pdf)).status).toBe(202);
    const fourth = await world.apply(toOffer({ email }), pdf);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await fourth.json()).toMatchObject({ code: "QUOTA_EXCEEDED" });
  });

  it("the 101st application of a day: 429 QUOTA_EXCEEDED", async () => {
    const email = someone();
    const targets = COMPANIES_WITH_EMAIL.slice(0, 34).map((company) => company.siret);
    let sent = 0;
    for (const siret of targets) {
      for (let i = 0; i < 3 && sent < 100; i++, sent++) {
        expect((await world.apply(aCandidate({ companySiret: siret }, { email }), pdf)).status).toBe(202);
      }
    }
    const extra = await world.apply(aCandidate({ companySiret: targets[33] ?? "" }, { email }), pdf);
    expect(await refusal(extra)).toMatchObject({ status: 429, body: { code: "QUOTA_EXCEEDED" } });
    const elsewhere = await world.apply(aCandidate({ offerId: world.offer.id }, { email }), pdf);
    expect(elsewhere.status).toBe(429);
  }, 120_000);

  it("10 concurrent applications to one company pass the quota of 3 exactly 3 times", async () => {
    const email = someone();
    const siret = COMPANIES_WITH_EMAIL[35]?.siret ?? "";
    const statuses = await Promise.all(
      Array.from(
        { length: 10 },
        async () => (await world.apply(aCandidate({ companySiret: siret }, { email }), pdf)).status,
      ),
    );
    expect(statuses.filter((status) => status === 202)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  it("a closed offer: 409 OFFER_CLOSED; an unknown one: 404 TARGET_NOT_FOUND", async () => {
    const { publishAnOffer } = await import("../support/offer-search-app.ts");
    const closing = await publishAnOffer(world.app, world.recruiter.accessToken);
    const close = await world.app.request(
      `/api/v1/offers/${closing.id}/close`,
      json("POST", { outcome: "deleted", reason: "no_longer_hiring" }, bearer(world.recruiter.accessToken)),
    );
    expect(close.status).toBe(200);
    expect(
      await refusal(await world.apply(aCandidate({ offerId: closing.id }, { email: someone() }), pdf)),
    ).toMatchObject({
      status: 409,
      body: { code: "OFFER_CLOSED" },
    });
    expect(
      await refusal(await world.apply(aCandidate({ offerId: "inconnue" }, { email: someone() }), pdf)),
    ).toMatchObject({
      status: 404,
      body: { code: "TARGET_NOT_FOUND" },
    });
  });

  it("a company with no email known: 422 NO_CONTACT_EMAIL", async () => {
    const response = await world.apply(
      aCandidate({ companySiret: COMPANY_WITHOUT_EMAIL.siret }, { email: someone() }),
      pdf,
    );
    expect(await refusal(response)).toMatchObject({ status: 422, body: { code: "NO_CONTACT_EMAIL" } });
  });

  it("no target, two targets, or no CV: 400 VALIDATION_FAILED", async () => {
    const none = await refusal(await world.apply(aCandidate({}, { email: someone() }), pdf));
    expect(none).toMatchObject({ status: 400, body: { code: "VALIDATION_FAILED" } });
    const two = aCandidate({ offerId: world.offer.id, companySiret: COMPANIES_WITH_EMAIL[0]?.siret ?? "" });
    expect((await world.apply(two, pdf)).status).toBe(400);
    const noCv = await world.apply(toOffer(), null);
    expect(await refusal(noCv)).toMatchObject({
      status: 400,
      body: { code: "VALIDATION_FAILED", errors: [{ path: "cv" }] },
    });
  });

  it("a JSON body: 415 UNSUPPORTED_MEDIA_TYPE", async () => {
    const response = await world.app.request("/api/v1/applications", json("POST", toOffer()));
    expect(response.status).toBe(415);
  });
});

describe("the recruiter console", () => {
  type Listed = {
    items: { id: string; status: string; notes: string | null; cv: { url: string } | null }[];
    total: number;
  };
  const list = async (token: string, offerId = world.offer.id) =>
    world.app.request(`/api/v1/offers/${offerId}/applications?pageSize=200`, { headers: bearer(token) });

  it("lists the offer's applications with a CV link that downloads the file, and counts them on the offer", async () => {
    const email = someone();
    const applied = await world.apply(aCandidate({ offerId: world.offer.id }, { email }), pdf);
    expect(applied.status).toBe(202);
    const { id } = (await applied.json()) as { id: string };
    const listed = await list(world.recruiter.accessToken);
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as Listed;
    expect(page.total).toBeGreaterThan(0);
    const first = page.items.find((item) => item.id === id);
    expect(first?.status).toBe("new");
    const download = await world.app.request(new URL(first?.cv?.url ?? "http://x/").pathname, {
      headers: bearer(world.recruiter.accessToken),
    });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf.bytes);
    const offer = await world.app.request(`/api/v1/console/offers?tab=active`, {
      headers: bearer(world.recruiter.accessToken),
    });
    const items = ((await offer.json()) as { items: { id: string; applicationCount: number }[] }).items;
    expect(items.find((item) => item.id === world.offer.id)?.applicationCount).toBe(page.total);
  });

  it("changes status and notes; refuses an impossible move", async () => {
    const first = ((await (await list(world.recruiter.accessToken)).json()) as Listed).items.find(
      (i) => i.status === "new",
    );
    const patch = (body: unknown) =>
      world.app.request(
        `/api/v1/offers/${world.offer.id}/applications/${first?.id}`,
        json("PATCH", body, bearer(world.recruiter.accessToken)),
      );
    const seen = await patch({ status: "seen", notes: "Profil motivé, à rappeler." });
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ status: "seen", notes: "Profil motivé, à rappeler." });
    expect((await patch({ status: "new" })).status).toBe(409);
  });

  it("another organisation gets 404 for the list and for a CV, even with a valid link; an expired CV link is 401", async () => {
    await world.drainOutbox();
    const stranger = await registerAndLogIn(world);
    expect((await list(stranger.accessToken)).status).toBe(404);
    const items = ((await (await list(world.recruiter.accessToken)).json()) as Listed).items;
    const path = new URL(items.find((item) => item.cv)?.cv?.url ?? "http://x/").pathname;
    const byStranger = await world.app.request(path, { headers: bearer(stranger.accessToken) });
    expect(byStranger.status).toBe(404);
    expect((await world.app.request(path)).status).toBe(401);
    world.clock.set(new Date(world.clock.now().getTime() + 16 * 60_000));
    const expired = await world.app.request(path, { headers: bearer(world.recruiter.accessToken) });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: "LINK_INVALID" });
    world.clock.set(new Date(world.clock.now().getTime() - 16 * 60_000));
  });
});

describe("at rest", () => {
  it("the CV bytes in the database are not the file's bytes", async () => {
    const marker = aPdfCv("MARQUEUR-UNIQUE-DU-CV-0123456789");
    expect(
      (
        await world.apply(aCandidate({ offerId: world.offer.id }, { email: someone() }), {
          filename: "cv.pdf",
          bytes: marker,
        })
      ).status,
    ).toBe(202);
    const rows = rowsOf<{ sealed: Uint8Array }>(await database.db.execute(sql`select sealed from application_cvs`));
    const needle = Buffer.from("MARQUEUR-UNIQUE-DU-CV");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => Buffer.from(row.sealed).includes(needle))).toBe(false);
  });
});
