import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type CompanyUnsubscriptionEmailInput = Readonly<{ companyName: string; url: string; validityDays: number }>;

/** docs/API.md "Other public writes": the company leaves search only when the page's button is pressed. */
export function companyUnsubscriptionEmail(input: CompanyUnsubscriptionEmailInput): EmailContent {
  return renderEmail({
    subject: "Confirmez le déréférencement de votre entreprise",
    preheader: "Votre entreprise restera visible tant que vous n’aurez pas confirmé.",
    greeting: "Bonjour,",
    paragraphs: [
      `Nous avons reçu une demande pour que l’entreprise ${input.companyName} n’apparaisse plus dans les résultats de recherche de La bonne alternance.`,
      `Pour confirmer, ouvrez le lien ci-dessous puis validez sur la page qui s’affiche. Ce lien est valable ${frenchCount(input.validityDays, "jour")}.`,
      "Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne changera.",
    ],
    action: { label: "Confirmer le déréférencement", url: input.url },
  });
}
