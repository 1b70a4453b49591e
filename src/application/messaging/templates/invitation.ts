import { de } from "../../../domain/shared/french-elision.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type InvitationEmailInput = Readonly<{
  inviterName: string;
  organisationName: string;
  url: string;
  validityDays: number;
}>;

/** [beyond] Several users per establishment: a member invites a colleague, who joins from the page. */
export function invitationEmail(input: InvitationEmailInput): EmailContent {
  return renderEmail({
    subject: `Invitation à rejoindre ${input.organisationName} sur La bonne alternance`,
    preheader: `${input.inviterName} vous invite à gérer les offres d’emploi en alternance ${de(input.organisationName)}.`,
    greeting: "Bonjour,",
    paragraphs: [
      `${input.inviterName} vous invite à rejoindre l’espace ${de(input.organisationName)} sur La bonne alternance, pour déposer et gérer ses offres d’emploi en alternance.`,
      `Pour accepter, ouvrez le lien ci-dessous puis validez sur la page qui s’affiche. Ce lien est valable ${frenchCount(input.validityDays, "jour")} et ne sert qu’une fois.`,
      "Si vous ne connaissez pas cette personne, ignorez cet e-mail : rien ne se passera.",
    ],
    action: { label: "Rejoindre l’espace", url: input.url },
  });
}
