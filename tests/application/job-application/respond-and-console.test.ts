import { describe, expect, it } from "vitest";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";
import { aPdfCv } from "../../support/cv-files.ts";
import { jobApplicationOnFakes, OPEN_OFFER, RECIPIENT } from "../../support/job-application-fakes.ts";
import { companyActor, strangerActor } from "../../support/offer-fakes.ts";

const DAY = 86_400_000;

async function anApplication(world: ReturnType<typeof jobApplicationOnFakes>, email = "lea@example.fr") {
  const submitted = await world.useCases.submitApplication({
    target: OPEN_OFFER,
    firstName: "Léa",
    lastName: "Martin",
    email,
    phone: "+33612345678" as PhoneNumber,
    message: "Bonjour !",
    cv: { filename: "cv.pdf", bytes: aPdfCv() },
  });
  if (!submitted.ok) throw new Error(submitted.error.code);
  const link =
    world
      .sentTo(RECIPIENT)
      .at(-1)
      ?.text.match(/reponse\/([A-Za-z0-9_-]{43})/)?.[1] ?? "";
  return { id: submitted.value.id, token: link };
}

describe("the company's quick response", () => {
  it("previews without changing anything, then records the answer and emails the candidate at once", async () => {
    const world = jobApplicationOnFakes();
    const { token } = await anApplication(world);
    const preview = await world.useCases.previewApplicationResponse(token);
    expect(preview).toMatchObject({ ok: true, value: { application: { answer: null, status: "new" } } });
    expect(world.sentTo("lea@example.fr")).toHaveLength(1);
    const answered = await world.useCases.respondToApplication({
      token,
      intention: "interview",
      message: "Mardi 10 h ?",
    });
    expect(answered).toMatchObject({ ok: true, value: { changed: true, application: { status: "interview" } } });
    expect(world.sentTo("lea@example.fr").at(-1)?.text).toContain("Mardi 10 h ?");
  });

  it("emails again for a changed answer, not for the same one", async () => {
    const world = jobApplicationOnFakes();
    const { token } = await anApplication(world);
    await world.useCases.respondToApplication({ token, intention: "later", message: null });
    expect(await world.useCases.respondToApplication({ token, intention: "later", message: null })).toMatchObject({
      value: { changed: false },
    });
    await world.useCases.respondToApplication({ token, intention: "refuse", message: null });
    expect(world.sentTo("lea@example.fr")).toHaveLength(3);
  });

  it("refuses an unknown token and one past its 30 days with LINK_INVALID", async () => {
    const world = jobApplicationOnFakes();
    const { token } = await anApplication(world);
    expect(await world.useCases.previewApplicationResponse("x".repeat(43))).toMatchObject({
      error: { code: "LINK_INVALID" },
    });
    world.clock.set(new Date(world.clock.now().getTime() + 30 * DAY));
    expect(await world.useCases.previewApplicationResponse(token)).toMatchObject({
      error: { code: "LINK_INVALID", reason: "expired" },
    });
  });
});

describe("the recruiter console", () => {
  it("lists the offer's applications with a CV link that downloads the file until it expires", async () => {
    const world = jobApplicationOnFakes();
    await anApplication(world);
    const listed = await world.useCases.listOfferApplications({
      actor: companyActor,
      offerId: OPEN_OFFER.offerId,
      page: 1,
      pageSize: 50,
    });
    if (!listed.ok) throw new Error(listed.error.code);
    expect(listed.value.total).toBe(1);
    const token = listed.value.items[0]?.cvLink?.token ?? "";
    const downloaded = await world.useCases.downloadCv({ actor: companyActor, token });
    expect(downloaded.ok && downloaded.value.bytes).toEqual(aPdfCv());
    expect(await world.useCases.downloadCv({ actor: strangerActor, token })).toMatchObject({
      error: { code: "APPLICATION_NOT_FOUND" },
    });
    world.clock.set(new Date(world.clock.now().getTime() + 16 * 60_000));
    expect(await world.useCases.downloadCv({ actor: companyActor, token })).toMatchObject({
      error: { code: "LINK_INVALID" },
    });
  });

  it("answers APPLICATION_NOT_FOUND to another organisation", async () => {
    const world = jobApplicationOnFakes();
    await anApplication(world);
    const listed = await world.useCases.listOfferApplications({
      actor: strangerActor,
      offerId: OPEN_OFFER.offerId,
      page: 1,
      pageSize: 50,
    });
    expect(listed).toMatchObject({ ok: false, error: { code: "APPLICATION_NOT_FOUND" } });
  });

  it("moves the pipeline and keeps notes; refuses a move back to new", async () => {
    const world = jobApplicationOnFakes();
    const { id } = await anApplication(world);
    const update = (changes: Record<string, unknown>) =>
      world.useCases.updateApplication({
        actor: companyActor,
        offerId: OPEN_OFFER.offerId,
        applicationId: id,
        changes,
      });
    expect(await update({ status: "seen", notes: "À rappeler" })).toMatchObject({
      value: { status: "seen", notes: "À rappeler" },
    });
    expect(await update({ status: "new" })).toMatchObject({ error: { code: "STATUS_TRANSITION_REFUSED" } });
    expect(await update({ notes: null })).toMatchObject({ value: { status: "seen", notes: null } });
  });
});

describe("an offer filled, and the retention purge", () => {
  it("tells the candidates still waiting, once each", async () => {
    const world = jobApplicationOnFakes();
    await anApplication(world, "a@example.fr");
    const { token } = await anApplication(world, "b@example.fr");
    await world.useCases.respondToApplication({ token, intention: "refuse", message: null });
    await world.offerFilled({ offerId: OPEN_OFFER.offerId, notifyCandidates: true, at: world.clock.now() });
    await world.offerFilled({ offerId: OPEN_OFFER.offerId, notifyCandidates: true, at: world.clock.now() });
    expect(world.sentTo("a@example.fr")).toHaveLength(2);
    expect(world.sentTo("b@example.fr")).toHaveLength(2);
  });

  it("deletes the CV after 90 days and anonymises after 2 years without activity", async () => {
    const world = jobApplicationOnFakes();
    const { id } = await anApplication(world);
    const start = world.clock.now().getTime();
    expect(await world.purgeJob(new Date(start + 89 * DAY))).toEqual({ cvsDeleted: 0, anonymised: 0 });
    expect(await world.purgeJob(new Date(start + 91 * DAY))).toEqual({ cvsDeleted: 1, anonymised: 0 });
    expect(world.cvs.size()).toBe(0);
    expect(await world.purgeJob(new Date(start + 731 * DAY))).toEqual({ cvsDeleted: 0, anonymised: 1 });
    const stored = await world.store.applications.findById(id);
    expect(stored?.candidate).toMatchObject({ firstName: "Candidat", phone: null });
    expect(stored?.candidate.email).not.toBe("lea@example.fr");
    expect(stored?.message).toBe("");
  });
});
