import { describe, expect, it } from "vitest";
import {
  companyUnsubscriptionEmail,
  FALLBACK_SENTENCE,
  loginLinkEmail,
} from "../../../src/application/messaging/templates/index.ts";

const url = "https://labonnealternance.local/connexion/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

describe("loginLinkEmail", () => {
  const email = loginLinkEmail({ firstName: "Zoé", url, validityMinutes: 60 });

  it("speaks French with the FAQ's button label and the validity", () => {
    expect(email.subject).toBe("Votre lien de connexion à La bonne alternance");
    expect(email.text).toContain("Bonjour Zoé,");
    expect(email.text).toContain("Ce lien est valable 60 minutes et ne peut servir qu’une seule fois.");
    expect(email.html).toContain(">Accéder à mon espace</a>");
  });

  it("prints the URL under the button in both versions", () => {
    expect(email.text).toContain(`Accéder à mon espace\n${FALLBACK_SENTENCE}\n${url}`);
    expect(email.html).toContain(`${FALLBACK_SENTENCE}<br>`);
    expect(email.html.split(url).length - 1).toBe(3); // the button's href, then the printed link's href and text
  });

  it("escapes a hostile first name", () => {
    const hostile = loginLinkEmail({ firstName: "<img src=x onerror=alert(1)>", url, validityMinutes: 60 });
    expect(hostile.html).not.toContain("<img");
    expect(hostile.html).toContain("Bonjour &lt;img src=x onerror=alert(1)&gt;,");
  });
});

describe("companyUnsubscriptionEmail", () => {
  it("asks for a confirmation on the page and prints the URL", () => {
    const link =
      "https://labonnealternance.local/desinscription-entreprise/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    const email = companyUnsubscriptionEmail({ companyName: "Boulangerie Martin", url: link, validityDays: 7 });
    expect(email.text).toContain("Boulangerie Martin");
    expect(email.text).toContain(`${FALLBACK_SENTENCE}\n${link}`);
    expect(email.html).toContain("Confirmer le déréférencement");
  });
});
