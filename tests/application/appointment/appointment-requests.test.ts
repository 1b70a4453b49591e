import { describe, expect, it } from "vitest";
import type { Email } from "../../../src/domain/shared/email.ts";
import {
  adminActor,
  appointmentOnFakes,
  aRequest,
  aTraining,
  FORMATEUR_SIRET,
} from "../../support/appointment-fakes.ts";

const DAY = 86_400_000;
const CANDIDATE = "lea.martin@example.fr";

describe("asking a CFA for an appointment", () => {
  it("is accepted when the service is on: the CFA gets the request and an answer link, the candidate the CFA's details", async () => {
    const fakes = appointmentOnFakes();
    const asked = await fakes.requestAppointment(aRequest("t1"));
    expect(asked).toEqual({ ok: true, value: { id: "id-1" } });
    const [toCfa] = fakes.emailsTo("session-t1@cfa-essais.test");
    expect(toCfa?.email.subject).toBe("Demande de rendez-vous : BTS Essais t1");
    expect(toCfa?.email.text).toContain("Téléphone : 06 12 34 56 78");
    expect(toCfa?.email.text).toContain("Sujets : Modalités d’inscription, Frais de formation");
    expect(fakes.tokenSentTo("session-t1@cfa-essais.test", "reply")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [confirmation] = fakes.emailsTo(CANDIDATE);
    expect(confirmation?.email.text).toContain("Conservez cet e-mail");
    for (const detail of [
      "CFA DES ESSAIS",
      "3 rue des Essais, 59000 Lille",
      "03 20 00 00 00",
      "session-t1@cfa-essais.test",
    ]) {
      expect(confirmation?.email.text).toContain(detail);
    }
  });

  it("is refused when support switched the service off for that platform (establishment, or the training's override)", async () => {
    const fakes = appointmentOnFakes();
    const off = { lba: false, onisep: true, parcoursup: false };
    await fakes.updateEstablishmentAppointmentSettings({ actor: adminActor, siret: FORMATEUR_SIRET, platforms: off });
    expect(await fakes.requestAppointment(aRequest("t1"))).toEqual({
      ok: false,
      error: { code: "APPOINTMENT_UNAVAILABLE", platform: "lba", reason: "switched_off" },
    });
    expect((await fakes.requestAppointment(aRequest("t1", { platform: "onisep" }))).ok).toBe(true);
    const on = { lba: true, onisep: true, parcoursup: false };
    await fakes.updateTrainingAppointmentSettings({ actor: adminActor, trainingId: "t2", platforms: on });
    expect((await fakes.requestAppointment(aRequest("t2"))).ok).toBe(true);
    expect(fakes.store.outbox.rows()).toHaveLength(4);
  });

  it("is refused from Parcoursup until the CFA activates it", async () => {
    const fakes = appointmentOnFakes();
    const refused = await fakes.requestAppointment(aRequest("t1", { platform: "parcoursup" }));
    expect(refused.ok || refused.error.code).toBe("APPOINTMENT_UNAVAILABLE");
  });

  it("is refused when nobody is known to write to", async () => {
    const noEmails = aTraining("t1", {
      sessionEmail: null,
      formateur: { ...aTraining("x").formateur, email: null },
    });
    const fakes = appointmentOnFakes([noEmails]);
    expect(await fakes.requestAppointment(aRequest("t1"))).toMatchObject({
      ok: false,
      error: { code: "APPOINTMENT_UNAVAILABLE", reason: "no_contact_email" },
    });
  });

  it("goes to support's address when one is set", async () => {
    const fakes = appointmentOnFakes();
    const platforms = { lba: true, onisep: true, parcoursup: false };
    await fakes.updateTrainingAppointmentSettings({
      actor: adminActor,
      trainingId: "t1",
      platforms,
      contactEmail: "Accueil@CFA-essais.test",
    });
    await fakes.requestAppointment(aRequest("t1"));
    expect(fakes.emailsTo("accueil@cfa-essais.test")).toHaveLength(1);
    expect(fakes.emailsTo("session-t1@cfa-essais.test")).toHaveLength(0);
  });

  it("refuses an unknown training, a disposable address and a malformed one", async () => {
    const fakes = appointmentOnFakes();
    expect(await fakes.requestAppointment(aRequest("nope"))).toEqual({
      ok: false,
      error: { code: "TRAINING_NOT_FOUND", id: "nope" },
    });
    expect(await fakes.requestAppointment(aRequest("t1", { email: "lea@boite.jetable.test" }))).toEqual({
      ok: false,
      error: { code: "DISPOSABLE_EMAIL", domain: "boite.jetable.test" },
    });
    expect((await fakes.requestAppointment(aRequest("t1", { email: "lea@" }))).ok).toBe(false);
    expect(fakes.store.outbox.rows()).toEqual([]);
  });

  it("refuses the same email and training within 4 days with the time left, and accepts on day 5", async () => {
    const fakes = appointmentOnFakes();
    expect((await fakes.requestAppointment(aRequest("t1"))).ok).toBe(true);
    fakes.clock.advance(3 * DAY);
    expect(await fakes.requestAppointment(aRequest("t1", { email: "LEA.MARTIN@example.fr" as Email }))).toEqual({
      ok: false,
      error: { code: "DUPLICATE_REQUEST", retryAfterSeconds: 86_400 },
    });
    expect((await fakes.requestAppointment(aRequest("t2"))).ok).toBe(true);
    expect((await fakes.requestAppointment(aRequest("t1", { email: "autre@example.fr" }))).ok).toBe(true);
    fakes.clock.advance(2 * DAY);
    expect((await fakes.requestAppointment(aRequest("t1"))).ok).toBe(true);
    expect(fakes.store.appointmentRequests.rows()).toHaveLength(4);
  });
});

describe("support's views", () => {
  it("lists requests newest first and computes each establishment's response rate and median time", async () => {
    const fakes = appointmentOnFakes();
    await fakes.requestAppointment(aRequest("t1"));
    await fakes.requestAppointment(aRequest("t2"));
    fakes.clock.advance(3_600_000);
    await fakes.requestAppointment(aRequest("t1", { email: "autre@example.fr" }));
    const token = fakes.tokenSentTo("session-t1@cfa-essais.test", "reply");
    fakes.clock.advance(3_600_000);
    await fakes.answerAppointment({ token, intention: "other_channel" });
    const list = await fakes.listAppointmentRequests({ actor: adminActor, page: 1, pageSize: 2 });
    expect(list.ok && list.value.items.map((request) => request.id)).toEqual(["id-5", "id-3"]);
    expect(list.ok && list.value.total).toBe(3);
    expect(await fakes.appointmentStats({ actor: adminActor })).toEqual({
      ok: true,
      value: [
        {
          siret: FORMATEUR_SIRET,
          establishmentName: "CFA DES ESSAIS",
          requests: 3,
          answered: 1,
          responseRate: 0.333,
          medianResponseSeconds: 3_600,
        },
      ],
    });
  });

  it("are for administrators only", async () => {
    const fakes = appointmentOnFakes();
    const actor = { ...adminActor, isAdmin: false };
    expect(await fakes.appointmentStats({ actor })).toEqual({ ok: false, error: { code: "ADMIN_ONLY" } });
    expect((await fakes.listAppointmentRequests({ actor, page: 1, pageSize: 10 })).ok).toBe(false);
  });
});
