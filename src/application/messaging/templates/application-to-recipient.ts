import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { replyFooter } from "./application-wording.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type ApplicationToRecipientEmailInput = Readonly<{
  targetTitle: string;
  companyName: string;
  /** An algorithm company (no offer posted here): a "candidature spontanée". */
  spontaneous: boolean;
  candidate: Readonly<{ fullName: string; email: string; phone: string | null }>;
  message: string;
  cvFilename: string;
  /** The three quick answers; each records it and tells the candidate at once. */
  responseUrls: Readonly<{ interview: string; later: string; refuse: string }>;
  validityDays: number;
  /** The offer's applications in the recruiter's space; null for a company without an offer posted here. */
  consoleUrl: string | null;
}>;

/**
 * To the company or CFA: the application, the CV attached to the envelope, three one-click answers. The subject
 * names the job only, no candidate data; the envelope's reply-to is the candidate (hence the footer).
 */
export function applicationToRecipientEmail(input: ApplicationToRecipientEmailInput): EmailContent {
  const { candidate } = input;
  const message = input.message.trim();
  return renderEmail({
    subject: `Nouvelle candidature${input.spontaneous ? " spontanée" : ""} : ${input.targetTitle}`,
    preheader: "Le CV est joint à cet e-mail. Répondez au candidat en un clic.",
    greeting: "Bonjour,",
    paragraphs: [
      input.spontaneous
        ? `${candidate.fullName} vous adresse une candidature spontanée pour un poste en alternance « ${input.targetTitle} » chez ${input.companyName}. Votre entreprise apparaît sur La bonne alternance parmi celles qui pourraient recruter en alternance.`
        : `${candidate.fullName} a postulé à votre offre « ${input.targetTitle} » publiée sur La bonne alternance.`,
      `Nom : ${candidate.fullName}`,
      `E-mail : ${candidate.email}`,
      ...(candidate.phone ? [`Téléphone : ${candidate.phone}`] : []),
      ...(message ? ["Son message :", `« ${message} »`] : []),
      `Son CV est joint à cet e-mail (${input.cvFilename}).`,
      `Dites-lui où en est sa candidature avec l’un des boutons ci-dessous : nous l’en informons aussitôt. Ces liens sont valables ${frenchCount(input.validityDays, "jour")}.`,
    ],
    actions: [
      { label: "Proposer un entretien", url: input.responseUrls.interview },
      { label: "Garder pour plus tard", url: input.responseUrls.later },
      { label: "Refuser", url: input.responseUrls.refuse },
      ...(input.consoleUrl ? [{ label: "Voir toutes les candidatures de cette offre", url: input.consoleUrl }] : []),
    ],
    footer: replyFooter("la personne qui a postulé"),
  });
}
