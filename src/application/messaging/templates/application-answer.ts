import { de } from "../../../domain/shared/french-elision.ts";
import { KEEP_GOING, replyFooter } from "./application-wording.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type ApplicationAnswerEmailInput = Readonly<{
  firstName: string;
  targetTitle: string;
  companyName: string;
  intention: "interview" | "later" | "refuse";
  /** The recruiter's own words, quoted when there are some. */
  message: string | null;
  companyEmail: string;
}>;

type Wording = Readonly<{ subject: string; preheader: string; paragraphs: readonly string[] }>;

function wordingOf(input: ApplicationAnswerEmailInput): Wording {
  const { companyName: company, targetTitle: title } = input;
  switch (input.intention) {
    case "interview":
      return {
        subject: `${company} souhaite vous rencontrer`,
        preheader: "Bonne nouvelle : un entretien vous est proposé.",
        paragraphs: [
          `Bonne nouvelle : ${company} a lu votre candidature « ${title} » et souhaite vous proposer un entretien.`,
          `Le recruteur va vous contacter. Vous pouvez aussi lui écrire dès maintenant à ${input.companyEmail}, ou simplement répondre à cet e-mail.`,
        ],
      };
    case "later":
      return {
        subject: `${company} garde votre candidature pour plus tard`,
        preheader: "Votre candidature est conservée par le recruteur.",
        paragraphs: [
          `${company} a lu votre candidature « ${title} » et la garde pour plus tard : le recruteur ne peut pas y donner suite tout de suite, mais pourra revenir vers vous.`,
          "En attendant, continuez vos recherches : postuler à plusieurs offres augmente vos chances de trouver votre alternance.",
        ],
      };
    case "refuse":
      return {
        subject: `Réponse ${de(company)} à votre candidature`,
        preheader: "Le recruteur a répondu à votre candidature.",
        paragraphs: [
          `Merci d’avoir postulé. ${company} a lu votre candidature « ${title} » et ne peut malheureusement pas y donner une suite favorable.`,
          KEEP_GOING,
        ],
      };
  }
}

/** To the candidate, as soon as the company answered; its reply-to is the company (hence the footer). */
export function applicationAnswerEmail(input: ApplicationAnswerEmailInput): EmailContent {
  const wording = wordingOf(input);
  const message = input.message?.trim();
  const [first = "", ...rest] = wording.paragraphs;
  return renderEmail({
    subject: wording.subject,
    preheader: wording.preheader,
    greeting: greeting(input.firstName),
    paragraphs: [first, ...(message ? ["Le message du recruteur :", `« ${message} »`] : []), ...rest],
    footer: replyFooter(input.companyName),
  });
}
