import { describe, expect, it } from "vitest";
import {
  adminActor,
  appointmentOnFakes,
  aTraining,
  FORMATEUR_SIRET,
  nonAdminActor,
} from "../../support/appointment-fakes.ts";

const noSession = aTraining("t2", { sessionEmail: null });

describe("the appointment service as training pages read it", () => {
  it("is on for ours and ONISEP by default, with the contact email of the rule for the platform", async () => {
    const fakes = appointmentOnFakes([aTraining("t1"), noSession]);
    const onLba = await fakes.view.appointmentsOf([aTraining("t1"), noSession], "lba");
    expect(onLba.get("t1")).toEqual({
      available: true,
      platforms: ["lba", "onisep"],
      contactEmail: "session-t1@cfa-essais.test",
    });
    expect(onLba.get("t2")).toMatchObject({ available: true, contactEmail: "formateur@cfa-essais.test" });
    const onParcoursup = await fakes.view.appointmentsOf([noSession], "parcoursup");
    expect(onParcoursup.get("t2")).toMatchObject({ available: false, contactEmail: "gestion@essais.test" });
  });

  it("follows support: the training's override wins over the establishment's settings", async () => {
    const fakes = appointmentOnFakes([aTraining("t1"), noSession]);
    const off = { lba: false, onisep: false, parcoursup: false };
    const updated = await fakes.updateEstablishmentAppointmentSettings({
      actor: adminActor,
      siret: FORMATEUR_SIRET,
      platforms: off,
    });
    expect(updated.ok && updated.value.trainingCount).toBe(2);
    const override = { lba: true, onisep: false, parcoursup: false };
    const contactEmail = "rdv-t2@cfa-essais.test";
    await fakes.updateTrainingAppointmentSettings({
      actor: adminActor,
      trainingId: "t2",
      platforms: override,
      contactEmail,
    });
    const view = await fakes.view.appointmentsOf([aTraining("t1"), noSession], "lba");
    expect(view.get("t1")).toEqual({ available: false, platforms: [], contactEmail: "session-t1@cfa-essais.test" });
    expect(view.get("t2")).toEqual({ available: true, platforms: ["lba"], contactEmail });
  });

  it("keeps an email override unless the change names a new one or null", async () => {
    const fakes = appointmentOnFakes();
    const platforms = { lba: true, onisep: true, parcoursup: false };
    const base = { actor: adminActor, trainingId: "t1", platforms };
    await fakes.updateTrainingAppointmentSettings({ ...base, contactEmail: "rdv@cfa-essais.test" });
    const kept = await fakes.updateTrainingAppointmentSettings(base);
    expect(kept.ok && kept.value).toMatchObject({ recipientEmail: "rdv@cfa-essais.test" });
    const cleared = await fakes.updateTrainingAppointmentSettings({ ...base, contactEmail: null });
    expect(cleared.ok && cleared.value).toMatchObject({ recipientEmail: "session-t1@cfa-essais.test" });
    expect((await fakes.updateTrainingAppointmentSettings({ ...base, contactEmail: "pas-une-adresse" })).ok).toBe(
      false,
    );
    expect((await fakes.updateTrainingAppointmentSettings({ ...base, actor: nonAdminActor })).ok).toBe(false);
  });
});
