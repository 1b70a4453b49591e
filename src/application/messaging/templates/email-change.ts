import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type EmailChangeEmailInput = Readonly<{ firstName: string | null; url: string; validityMinutes: number }>;

/** Sent to the NEW address: it replaces the old one only when this link's page is validated. */
export function emailChangeEmail(input: EmailChangeEmailInput): EmailContent {
  const minutes = input.validityMinutes;
  const validity = minutes % 60 === 0 ? frenchCount(minutes / 60, "heure") : frenchCount(minutes, "minute");
  return renderEmail({
    subject: "Confirmez votre nouvelle adresse e-mail",
    preheader: "Votre adresse ne changera qu’après votre confirmation.",
    greeting: greeting(input.firstName),
    paragraphs: [
      "Vous avez demandé à utiliser cette adresse e-mail pour votre compte La bonne alternance.",
      `Pour confirmer, ouvrez le lien ci-dessous puis validez sur la page qui s’affiche. Ce lien est valable ${validity} et ne sert qu’une fois.`,
      "Tant que vous n’avez pas confirmé, votre ancienne adresse reste celle du compte. Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.",
    ],
    action: { label: "Confirmer ma nouvelle adresse", url: input.url },
  });
}
