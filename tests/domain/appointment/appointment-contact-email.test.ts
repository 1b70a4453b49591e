import { describe, expect, it } from "vitest";
import { contactEmailFor } from "../../../src/domain/appointment/contact-email.ts";
import { DEFAULT_PLATFORM_SWITCHES } from "../../../src/domain/appointment/platform.ts";
import { effectiveSettings } from "../../../src/domain/appointment/settings.ts";
import type { Email } from "../../../src/domain/shared/email.ts";

const ALL = { session: "session@cfa.test", formateur: "formateur@cfa.test", gestionnaire: "gestion@cfa.test" };
const NO_SESSION = { ...ALL, session: null };

describe("the contact email rule (FAQ, docs/PRODUCT.md §8)", () => {
  it.each([
    ["service off, a session email", ALL, false, "session@cfa.test"],
    ["service off, no session email: the responsible organisation's", NO_SESSION, false, "gestion@cfa.test"],
    ["service on, a session email", ALL, true, "session@cfa.test"],
    ["service on, no session email: the formateur's", NO_SESSION, true, "formateur@cfa.test"],
  ])("%s", (_, emails, serviceOn, expected) => {
    expect(contactEmailFor(emails, serviceOn)).toBe(expected);
  });

  it("gives support's override first, service on or off", () => {
    expect(contactEmailFor(ALL, true, "support-choice@cfa.test")).toBe("support-choice@cfa.test");
    expect(contactEmailFor(NO_SESSION, false, "support-choice@cfa.test")).toBe("support-choice@cfa.test");
  });

  it("is null when the catalogue gives none of the addresses it needs", () => {
    expect(contactEmailFor({ session: null, formateur: null, gestionnaire: "gestion@cfa.test" }, true)).toBeNull();
    expect(contactEmailFor({ session: null, formateur: "formateur@cfa.test", gestionnaire: null }, false)).toBeNull();
  });
});

describe("effective settings", () => {
  const at = new Date("2026-11-02T08:00:00Z");
  const establishment = {
    siret: "99100002700110",
    platforms: { lba: false, onisep: true, parcoursup: true },
    contactEmail: "etablissement@cfa.test" as Email,
    updatedAt: at,
  };
  const training = {
    trainingId: "t1",
    platforms: { lba: true, onisep: false, parcoursup: false },
    contactEmail: "formation@cfa.test" as Email,
    updatedAt: at,
  };

  it("are the referenced establishment's defaults without settings: ours and ONISEP on, Parcoursup off", () => {
    expect(effectiveSettings(null, null)).toEqual({ platforms: DEFAULT_PLATFORM_SWITCHES, contactEmailOverride: null });
    expect(DEFAULT_PLATFORM_SWITCHES).toEqual({ lba: true, onisep: true, parcoursup: false });
  });

  it("take the establishment's, then the training's override winning over it", () => {
    expect(effectiveSettings(establishment, null)).toEqual({
      platforms: establishment.platforms,
      contactEmailOverride: "etablissement@cfa.test",
    });
    expect(effectiveSettings(establishment, training)).toEqual({
      platforms: training.platforms,
      contactEmailOverride: "formation@cfa.test",
    });
  });

  it("keep the establishment's email when the training's override names none", () => {
    const withoutEmail = { ...training, contactEmail: null };
    expect(effectiveSettings(establishment, withoutEmail).contactEmailOverride).toBe("etablissement@cfa.test");
  });
});
