import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type JoinRequestAcceptedEmailInput = Readonly<{
  firstName: string | null;
  organisationName: string;
  url: string;
  validityMinutes: number;
}>;

/** To the person whose join request an admin accepted, with a first login link (docs/adr/0015). */
export function joinRequestAcceptedEmail(input: JoinRequestAcceptedEmailInput): EmailContent {
  return renderEmail({
    subject: `Vous avez rejoint ${input.organisationName} sur La bonne alternance`,
    preheader: `Votre demande a été acceptée. Ce lien est valable ${frenchCount(input.validityMinutes, "minute")}.`,
    greeting: greeting(input.firstName),
    paragraphs: [
      `Votre demande a été acceptée : vous êtes membre de l’espace « ${input.organisationName} » sur La bonne alternance et pouvez y déposer et gérer ses offres d’emploi en alternance.`,
      `Pour accéder à votre espace, cliquez sur le bouton ci-dessous. Ce lien est valable ${frenchCount(input.validityMinutes, "minute")} et ne sert qu’une fois ; ensuite, demandez un nouveau lien avec votre adresse e-mail.`,
    ],
    action: { label: "Accéder à mon espace", url: input.url },
  });
}
