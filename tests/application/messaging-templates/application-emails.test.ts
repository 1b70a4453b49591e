import { describe, expect, it } from "vitest";
import {
  type ApplicationToRecipientEmailInput,
  applicationAnswerEmail,
  applicationConfirmationEmail,
  applicationCvInfectedEmail,
  applicationOfferFilledEmail,
  applicationToRecipientEmail,
} from "../../../src/application/messaging/templates/index.ts";
import { extractLinks } from "../../../src/domain/messaging/links.ts";

const responseUrls = {
  interview: "https://lba.test/candidatures/reponse/tok?intention=interview",
  later: "https://lba.test/candidatures/reponse/tok?intention=later",
  refuse: "https://lba.test/candidatures/reponse/tok?intention=refuse",
};
const consoleUrl = "https://lba.test/espace-pro/offres/o-1/candidatures";

const toRecipient = (overrides: Partial<ApplicationToRecipientEmailInput> = {}) =>
  applicationToRecipientEmail({
    targetTitle: "Boulanger",
    companyName: "AU PAIN DORÉ",
    spontaneous: false,
    candidate: { fullName: "Léa Martin", email: "lea@example.com", phone: "06 12 34 56 78" },
    message: "Je suis <motivée>.",
    cvFilename: "cv-lea.pdf",
    responseUrls,
    validityDays: 30,
    consoleUrl,
    ...overrides,
  });

describe("the application to the company or CFA", () => {
  it("names the job in the subject and no candidate data", () => {
    expect(toRecipient().subject).toBe("Nouvelle candidature : Boulanger");
    expect(toRecipient({ spontaneous: true, consoleUrl: null }).subject).toBe(
      "Nouvelle candidature spontanée : Boulanger",
    );
  });

  it("gives the candidate's details, their message escaped in HTML, and says the CV is attached", () => {
    const { text, html } = toRecipient();
    for (const line of ["Nom : Léa Martin", "E-mail : lea@example.com", "Téléphone : 06 12 34 56 78"]) {
      expect(text).toContain(line);
    }
    expect(text).toContain("« Je suis <motivée>. »");
    expect(html).toContain("« Je suis &lt;motivée&gt;. »");
    expect(text).toContain("Son CV est joint à cet e-mail (cv-lea.pdf).");
    expect(text).toContain("Ces liens sont valables 30 jours.");
    const bare = toRecipient({ candidate: { fullName: "Léa Martin", email: "lea@example.com", phone: null } });
    expect(bare.text).not.toContain("Téléphone");
    expect(toRecipient({ message: "  " }).text).not.toContain("Son message");
  });

  it("has the three answer buttons, then the offer's applications when it was posted here", () => {
    const { text, html } = toRecipient();
    expect(extractLinks(text, html)).toEqual([
      responseUrls.interview,
      responseUrls.later,
      responseUrls.refuse,
      consoleUrl,
    ]);
    const labels = ["Proposer un entretien", "Garder pour plus tard", "Refuser"];
    for (const label of [...labels, "Voir toutes les candidatures de cette offre"])
      expect(html).toContain(`${label}</a>`);
    const spontaneous = toRecipient({ spontaneous: true, consoleUrl: null });
    expect(spontaneous.text).toContain("vous adresse une candidature spontanée");
    expect(spontaneous.text).not.toContain("Voir toutes les candidatures");
  });

  it("tells that replying reaches the candidate", () => {
    expect(toRecipient().text).toContain("Répondre à cet e-mail écrit directement à la personne qui a postulé.");
  });
});

describe("the candidate's emails", () => {
  it("confirm the application went out, and promise an email when the recruiter answers", () => {
    const offer = applicationConfirmationEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "AU PAIN DORÉ",
      spontaneous: false,
    });
    expect(offer.subject).toBe("Votre candidature a été envoyée à AU PAIN DORÉ");
    expect(offer.text).toContain("Bonjour Léa,");
    expect(offer.text).toContain("Votre candidature à l’offre « Boulanger » d’AU PAIN DORÉ a bien été envoyée");
    expect(offer.text).toContain("Nous vous écrirons à cette adresse dès que le recruteur aura répondu.");
    const spontaneous = applicationConfirmationEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "Boulangerie Martin",
      spontaneous: true,
    });
    expect(spontaneous.text).toContain("Votre candidature spontanée « Boulanger » auprès de Boulangerie Martin");
  });

  it.each([
    [
      "interview",
      "AU PAIN DORÉ souhaite vous rencontrer",
      "vous proposer un entretien",
      "écrire dès maintenant à rh@pain.fr",
    ],
    [
      "later",
      "AU PAIN DORÉ garde votre candidature pour plus tard",
      "la garde pour plus tard",
      "continuez vos recherches",
    ],
    [
      "refuse",
      "Réponse d’AU PAIN DORÉ à votre candidature",
      "pas y donner une suite favorable",
      "Ne vous découragez pas",
    ],
  ] as const)("answer %s in the tone that fits", (intention, subject, says, then) => {
    const email = applicationAnswerEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "AU PAIN DORÉ",
      intention,
      message: null,
      companyEmail: "rh@pain.fr",
    });
    expect(email.subject).toBe(subject);
    expect(email.text).toContain(says);
    expect(email.text).toContain(then);
    expect(email.text).not.toContain("Le message du recruteur");
  });

  it("quote the recruiter's message, escaped in HTML", () => {
    const email = applicationAnswerEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "AU PAIN DORÉ",
      intention: "interview",
      message: "Venez mardi <10 h>.",
      companyEmail: "rh@pain.fr",
    });
    expect(email.text).toContain("Le message du recruteur :\n\n« Venez mardi <10 h>. »");
    expect(email.html).toContain("« Venez mardi &lt;10 h&gt;. »");
  });

  it("say the offer was filled", () => {
    const email = applicationOfferFilledEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "AU PAIN DORÉ",
    });
    expect(email.subject).toBe("L’offre « Boulanger » a été pourvue");
    expect(email.text).toContain("AU PAIN DORÉ a pourvu son offre « Boulanger »");
  });

  it("say an infected CV was not forwarded, and invite to apply again with a clean file", () => {
    const email = applicationCvInfectedEmail({
      firstName: "Léa",
      targetTitle: "Boulanger",
      companyName: "AU PAIN DORÉ",
      cvFilename: "cv.pdf",
    });
    expect(email.subject).toBe("Votre candidature « Boulanger » n’a pas pu être envoyée");
    expect(email.text).toContain(
      "n’a pas été transmise : notre antivirus a détecté une menace dans votre CV (« cv.pdf »)",
    );
    expect(email.text).toContain("postulez de nouveau avec un fichier sain");
  });
});
