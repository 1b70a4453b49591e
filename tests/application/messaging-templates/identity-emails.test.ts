import { describe, expect, it } from "vitest";
import {
  accountDisabledEmail,
  emailChangeEmail,
  FALLBACK_SENTENCE,
  invitationEmail,
  loginLinkEmail,
  welcomeEmail,
} from "../../../src/application/messaging/templates/index.ts";

const url = "https://labonnealternance.local/connexion/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

describe("identity emails", () => {
  it.each([
    [
      "welcome",
      welcomeEmail({ firstName: "Zoé", organisationName: "Boulangerie Martin", url, validityMinutes: 60 }),
      "Accéder à mon espace",
    ],
    [
      "invitation",
      invitationEmail({ inviterName: "Zoé Martin", organisationName: "Boulangerie Martin", url, validityDays: 7 }),
      "Rejoindre l’espace",
    ],
    [
      "email change",
      emailChangeEmail({ firstName: "Zoé", url, validityMinutes: 1440 }),
      "Confirmer ma nouvelle adresse",
    ],
  ])("%s: French, a button and the plain URL under it", (_, email, label) => {
    expect(email.html).toContain(`>${label}</a>`);
    expect(email.text).toContain(`${label}\n${FALLBACK_SENTENCE}\n${url}`);
    expect(email.html).toContain('lang="fr"');
  });

  it("says how long each link lasts", () => {
    expect(welcomeEmail({ firstName: "Zoé", organisationName: "X", url, validityMinutes: 60 }).text).toContain(
      "valable 60 minutes",
    );
    expect(invitationEmail({ inviterName: "Z", organisationName: "X", url, validityDays: 7 }).text).toContain(
      "valable 7 jours",
    );
    expect(emailChangeEmail({ firstName: null, url, validityMinutes: 1440 }).text).toContain("valable 24 heures");
    expect(emailChangeEmail({ firstName: null, url, validityMinutes: 90 }).text).toContain("valable 90 minutes");
  });

  it("greets without a name when none is known", () => {
    expect(loginLinkEmail({ firstName: null, url, validityMinutes: 60 }).text).toMatch(/^Bonjour,\n/);
    expect(welcomeEmail({ firstName: "  ", organisationName: "X", url, validityMinutes: 60 }).text).toMatch(
      /^Bonjour,\n/,
    );
  });

  it("the account-disabled email names the organisation, has no button and escapes it", () => {
    const email = accountDisabledEmail({ firstName: "Zoé", organisationName: "<b>Garage</b>" });
    expect(email.subject).toBe("Le compte « <b>Garage</b> » a été désactivé");
    expect(email.html).toContain("&lt;b&gt;Garage&lt;/b&gt;");
    expect(email.html).not.toContain("<b>Garage");
    expect(email.text).not.toContain("http");
  });
});
