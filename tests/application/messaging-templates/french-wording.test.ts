import { describe, expect, it } from "vitest";
import {
  accountDisabledEmail,
  emailChangeEmail,
  invitationEmail,
  offerExpiredEmail,
  offerPublishedEmail,
  offerReminderEmail,
  offerSharedWithCfaEmail,
  offerSharesRecapEmail,
} from "../../../src/application/messaging/templates/index.ts";

const url = "https://labonnealternance.local/offres/prolonger/AAAA";

describe("the emails' French", () => {
  it.each([
    [1, "transmise à 1 centre de formation"],
    [2, "transmise à 2 centres de formation"],
  ])("counts %i training centre(s) in the recap's subject", (count, words) => {
    const cfaNames = Array.from({ length: count }, (_, i) => `CFA ${i}`);
    expect(offerSharesRecapEmail({ offerTitle: "Boulanger", cfaNames }).subject).toContain(words);
  });

  it.each([
    [1, "valable 1 jour)"],
    [7, "valable 7 jours)"],
  ])("says a CFA's link lasts %i day(s)", (validityDays, words) => {
    const email = offerSharedWithCfaEmail({
      companyName: "AU PAIN DORÉ",
      city: "Lyon",
      offerTitle: "Boulanger",
      details: [],
      contactUrl: url,
      validityDays,
    });
    expect(email.text).toContain(words);
  });

  it.each([
    [60, "valable 1 heure "],
    [1, "valable 1 minute "],
    [45, "valable 45 minutes "],
  ])("says an email-change link of %i minutes lasts « %s»", (validityMinutes, words) => {
    expect(emailChangeEmail({ firstName: null, url, validityMinutes }).text).toContain(words);
  });

  it("elides « de » before a name starting with a vowel, not before a consonant", () => {
    const published = (organisationName: string) =>
      offerPublishedEmail({
        offerTitle: "Boulanger",
        organisationName,
        expiresAt: new Date("2027-01-04T09:00:00Z"),
        viewUrl: url,
        lifetimeDays: 30,
      }).text;
    expect(published("AU PAIN DORÉ")).toContain("L’offre « Boulanger » d’AU PAIN DORÉ est publiée");
    expect(published("Boulangerie Martin")).toContain("L’offre « Boulanger » de Boulangerie Martin est publiée");
    const invited = invitationEmail({ inviterName: "Zoé", organisationName: "ÉCOLE DU PAIN", url, validityDays: 7 });
    expect(invited.text).toContain("l’espace d’ÉCOLE DU PAIN sur");
    expect(accountDisabledEmail({ firstName: null, organisationName: "Atelier" }).text).toContain(
      "le compte d’Atelier.",
    );
  });

  it("writes dates in words, on the Paris calendar", () => {
    const published = offerPublishedEmail({
      offerTitle: "Boulanger",
      organisationName: "X",
      expiresAt: new Date("2026-12-31T23:30:00Z"),
      viewUrl: url,
      lifetimeDays: 30,
    });
    expect(published.text).toContain("Elle reste en ligne 30 jours, jusqu’au 1er janvier 2027.");
    const reminder = offerReminderEmail({
      kind: "J-7",
      offers: [{ title: "Boulanger", expiresAt: new Date("2027-01-04T09:00:00Z"), extendUrl: url }],
      lifetimeDays: 30,
    });
    expect(reminder.text).toContain("En ligne jusqu’au 4 janvier 2027");
  });

  it("never writes a plural in parentheses", () => {
    const texts = [
      offerSharesRecapEmail({ offerTitle: "Boulanger", cfaNames: ["CFA"] }).text,
      offerExpiredEmail({ offerTitle: "Boulanger", extendUrl: url, lifetimeDays: 1 }).text,
    ];
    for (const text of texts) expect(text).not.toMatch(/\w\((s|e|es|x)\)/);
    expect(texts[1]).toContain("pour 1 jour avec");
  });
});
