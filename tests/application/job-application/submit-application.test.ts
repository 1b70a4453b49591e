import { describe, expect, it } from "vitest";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";
import { aDocxCv, aPdfCv, aPlainZip, aPng, EICAR } from "../../support/cv-files.ts";
import {
  CLOSED_OFFER,
  COMPANY,
  jobApplicationOnFakes,
  OPEN_OFFER,
  RECIPIENT,
  SILENT_COMPANY,
} from "../../support/job-application-fakes.ts";

const input = (overrides: Record<string, unknown> = {}) => ({
  target: OPEN_OFFER,
  firstName: "Léa",
  lastName: "Martin",
  email: "lea.martin@example.fr",
  phone: "+33612345678" as PhoneNumber,
  message: "Bonjour !",
  cv: { filename: "cv.pdf", bytes: aPdfCv() },
  ...overrides,
});

describe("submitApplication", () => {
  it("stores the application and its CV, and sends the company the CV with three answer links, the candidate a confirmation", async () => {
    const world = jobApplicationOnFakes();
    const submitted = await world.useCases.submitApplication(input());
    expect(submitted.ok).toBe(true);
    const [toCompany] = world.sentTo(RECIPIENT);
    expect(toCompany?.attachments?.map((a) => [a.filename, a.contentType])).toEqual([["cv.pdf", "application/pdf"]]);
    expect(
      toCompany?.text.match(/https:\/\/lba\.test\/candidatures\/reponse\/[A-Za-z0-9_-]{43}\?reponse=\w+/g),
    ).toHaveLength(3);
    expect(toCompany?.replyTo).toBe("lea.martin@example.fr");
    expect(world.sentTo("lea.martin@example.fr")).toHaveLength(1);
    expect(world.cvs.size()).toBe(1);
  });

  it("accepts a DOCX and refuses what its content or name does not make a PDF or a DOCX", async () => {
    const world = jobApplicationOnFakes();
    const docx = await world.useCases.submitApplication(input({ cv: { filename: "CV.DOCX", bytes: aDocxCv() } }));
    expect(docx.ok).toBe(true);
    for (const cv of [
      { filename: "cv.pdf", bytes: aPng() },
      { filename: "cv.docx", bytes: aPlainZip() },
      { filename: "cv.docx", bytes: aPdfCv() },
    ]) {
      const refused = await world.useCases.submitApplication(input({ email: "autre@example.fr", cv }));
      expect(refused).toMatchObject({ ok: false, error: { code: "CV_TYPE_NOT_ALLOWED" } });
    }
  });

  it("refuses an infected CV before anything is stored or sent", async () => {
    const world = jobApplicationOnFakes();
    const refused = await world.useCases.submitApplication(input({ cv: { filename: "cv.pdf", bytes: EICAR } }));
    expect(refused).toMatchObject({ ok: false, error: { code: "CV_INFECTED" } });
    expect(world.outbox.rows()).toEqual([]);
    expect(world.cvs.size()).toBe(0);
  });

  it("refuses unknown, closed and email-less targets, and disposable addresses", async () => {
    const world = jobApplicationOnFakes();
    const unknown = { kind: "offer", offerId: "nope" } as const;
    expect(await world.useCases.submitApplication(input({ target: unknown }))).toMatchObject({
      error: { code: "TARGET_NOT_FOUND" },
    });
    expect(await world.useCases.submitApplication(input({ target: CLOSED_OFFER }))).toMatchObject({
      error: { code: "OFFER_CLOSED" },
    });
    expect(await world.useCases.submitApplication(input({ target: SILENT_COMPANY }))).toMatchObject({
      error: { code: "NO_CONTACT_EMAIL" },
    });
    expect(await world.useCases.submitApplication(input({ email: "x@jetable.test" }))).toMatchObject({
      error: { code: "DISPOSABLE_EMAIL" },
    });
  });

  it("refuses a CV over the limit even when the HTTP layer let it through", async () => {
    const world = jobApplicationOnFakes();
    const bytes = new Uint8Array(3 * 1024 * 1024 + 1);
    bytes.set(aPdfCv());
    expect(await world.useCases.submitApplication(input({ cv: { filename: "cv.pdf", bytes } }))).toMatchObject({
      error: { code: "CV_TOO_LARGE", limit: 3 * 1024 * 1024 },
    });
  });

  it("allows 3 applications to one target in 24 h, then QUOTA_EXCEEDED with the wait, and again after 24 h", async () => {
    const world = jobApplicationOnFakes();
    for (let i = 0; i < 3; i++)
      expect((await world.useCases.submitApplication(input({ target: COMPANY }))).ok).toBe(true);
    world.clock.set(new Date(world.clock.now().getTime() + 3_600_000));
    expect(await world.useCases.submitApplication(input({ target: COMPANY }))).toMatchObject({
      error: { code: "QUOTA_EXCEEDED", scope: "target", retryAfterSeconds: 23 * 3600 },
    });
    expect((await world.useCases.submitApplication(input())).ok).toBe(true);
    world.clock.set(new Date(world.clock.now().getTime() + 23 * 3_600_000));
    expect((await world.useCases.submitApplication(input({ target: COMPANY }))).ok).toBe(true);
  });

  it("keeps the application unsent while the antivirus is down; the job delivers it once judged clean", async () => {
    const world = jobApplicationOnFakes();
    world.antivirus.goDown();
    expect((await world.useCases.submitApplication(input())).ok).toBe(true);
    expect(world.outbox.rows()).toEqual([]);
    expect(await world.deliverJob(world.clock.now())).toEqual({ delivered: 0, infected: 0, waiting: 1 });
    world.antivirus.judgeAsOffline();
    const later = new Date(world.clock.now().getTime() + 10 * 60_000);
    expect(await world.deliverJob(later)).toEqual({ delivered: 1, infected: 0, waiting: 0 });
    expect(world.sentTo(RECIPIENT)).toHaveLength(1);
    expect(await world.deliverJob(new Date(later.getTime() + 10 * 60_000))).toEqual({
      delivered: 0,
      infected: 0,
      waiting: 0,
    });
  });

  it("never forwards a CV the antivirus later finds infected: deleted, and the candidate told", async () => {
    const world = jobApplicationOnFakes();
    world.antivirus.goDown();
    await world.useCases.submitApplication(input());
    world.antivirus.answerInfected();
    expect(await world.deliverJob(new Date(world.clock.now().getTime() + 60 * 60_000))).toMatchObject({ infected: 1 });
    expect(world.sentTo(RECIPIENT)).toEqual([]);
    expect(world.sentTo("lea.martin@example.fr")).toHaveLength(1);
    expect(world.cvs.size()).toBe(0);
  });
});

describe("previewApplicationTarget", () => {
  it("gives the apply form the target's title and company, with the submission's refusals and never the email", async () => {
    const world = jobApplicationOnFakes();
    const preview = await world.useCases.previewApplicationTarget(OPEN_OFFER);
    expect(preview.ok && Object.keys(preview.value).sort()).toEqual(["companyName", "title"]);
    expect(await world.useCases.previewApplicationTarget(CLOSED_OFFER)).toMatchObject({
      error: { code: "OFFER_CLOSED" },
    });
    expect(await world.useCases.previewApplicationTarget(SILENT_COMPANY)).toMatchObject({
      error: { code: "NO_CONTACT_EMAIL" },
    });
    expect(await world.useCases.previewApplicationTarget({ kind: "offer", offerId: "nope" })).toMatchObject({
      error: { code: "TARGET_NOT_FOUND" },
    });
  });
});
