import { describe, expect, it } from "vitest";
import {
  adminActor,
  appointmentOnFakes,
  aRequest,
  aTraining,
  FORMATEUR_SIRET,
  nonAdminActor,
} from "../../support/appointment-fakes.ts";

const FORMATEUR_EMAIL = "formateur@cfa-essais.test";

describe("Parcoursup activation", () => {
  it("is sent by support to the establishment's address, and only the link's POST activates it", async () => {
    const fakes = appointmentOnFakes();
    const sent = await fakes.sendParcoursupInvitation({ actor: adminActor, siret: FORMATEUR_SIRET });
    expect(sent.ok && sent.value.recipientEmail).toBe(FORMATEUR_EMAIL);
    const [invitation] = fakes.emailsTo(FORMATEUR_EMAIL);
    expect(invitation?.email.text).toContain("4 jours ouvrés");
    const token = fakes.tokenSentTo(FORMATEUR_EMAIL, "parcoursup");

    const shown = await fakes.readParcoursupInvitation({ token });
    expect(shown.ok && shown.value).toMatchObject({ siret: FORMATEUR_SIRET, establishmentName: "CFA DES ESSAIS" });
    expect(shown.ok && shown.value.platforms.parcoursup).toBe(false);
    expect((await fakes.requestAppointment(aRequest("t1", { platform: "parcoursup" }))).ok).toBe(false);

    const activated = await fakes.activateParcoursup({ token });
    expect(activated.ok && activated.value.platforms).toEqual({ lba: true, onisep: true, parcoursup: true });
    expect((await fakes.requestAppointment(aRequest("t1", { platform: "parcoursup" }))).ok).toBe(true);
    expect(await fakes.activateParcoursup({ token })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "used" },
    });
  });

  it("keeps support's other switches and address when the CFA activates", async () => {
    const fakes = appointmentOnFakes();
    const platforms = { lba: false, onisep: true, parcoursup: false };
    const contactEmail = "rdv@cfa-essais.test";
    await fakes.updateEstablishmentAppointmentSettings({
      actor: adminActor,
      siret: FORMATEUR_SIRET,
      platforms,
      contactEmail,
    });
    await fakes.sendParcoursupInvitation({ actor: adminActor, siret: FORMATEUR_SIRET });
    const activated = await fakes.activateParcoursup({ token: fakes.tokenSentTo(contactEmail, "parcoursup") });
    expect(activated.ok && activated.value.platforms).toEqual({ lba: false, onisep: true, parcoursup: true });
    expect(await fakes.store.appointmentSettings.establishment(FORMATEUR_SIRET)).toMatchObject({ contactEmail });
  });

  it("falls back on a training's session email, and is refused without any address or establishment", async () => {
    const noFormateurEmail = { ...aTraining("x").formateur, email: null };
    const fakes = appointmentOnFakes([aTraining("t1", { formateur: noFormateurEmail })]);
    const sent = await fakes.sendParcoursupInvitation({ actor: adminActor, siret: FORMATEUR_SIRET });
    expect(sent.ok && sent.value.recipientEmail).toBe("session-t1@cfa-essais.test");
    const none = appointmentOnFakes([aTraining("t1", { formateur: noFormateurEmail, sessionEmail: null })]);
    expect(await none.sendParcoursupInvitation({ actor: adminActor, siret: FORMATEUR_SIRET })).toEqual({
      ok: false,
      error: { code: "NO_RECIPIENT_EMAIL", siret: FORMATEUR_SIRET },
    });
    expect(await fakes.sendParcoursupInvitation({ actor: adminActor, siret: "99100001900125" })).toEqual({
      ok: false,
      error: { code: "ESTABLISHMENT_NOT_IN_CATALOGUE", siret: "99100001900125" },
    });
    expect(await fakes.sendParcoursupInvitation({ actor: nonAdminActor, siret: FORMATEUR_SIRET })).toEqual({
      ok: false,
      error: { code: "ADMIN_ONLY" },
    });
  });
});
