import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type OfferSharedWithCfaEmailInput = Readonly<{
  companyName: string;
  city: string | null;
  offerTitle: string;
  details: readonly string[];
  contactUrl: string;
  validityDays: number;
}>;

/** To a training centre a recruiter chose (docs/PRODUCT.md §2 "Share with CFAs"): the need and a link to the contact. */
export function offerSharedWithCfaEmail(input: OfferSharedWithCfaEmailInput): EmailContent {
  const where = input.city ? ` à ${input.city}` : "";
  return renderEmail({
    subject: `${input.companyName} recherche un alternant : ${input.offerTitle}`,
    preheader: "Une entreprise proche de votre établissement souhaite être mise en relation.",
    greeting: "Bonjour,",
    paragraphs: [
      `L’entreprise ${input.companyName}${where} vient de publier sur La bonne alternance une offre d’emploi en alternance qui correspond à vos formations, et a choisi de vous la transmettre.`,
      ...input.details,
      `Pour obtenir les coordonnées du recruteur et lui proposer des candidats, ouvrez le lien ci-dessous (valable ${frenchCount(input.validityDays, "jour")}).`,
    ],
    action: { label: "Voir les coordonnées du recruteur", url: input.contactUrl },
  });
}

export type OfferSharesRecapEmailInput = Readonly<{ offerTitle: string; cfaNames: readonly string[] }>;

/** To the recruiter: which training centres received the offer. */
export function offerSharesRecapEmail(input: OfferSharesRecapEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre offre « ${input.offerTitle} » a été transmise à ${frenchCount(input.cfaNames.length, "centre")} de formation`,
    greeting: "Bonjour,",
    paragraphs: [
      "Les centres de formation suivants ont reçu votre besoin de recrutement et pourront vous contacter pour vous proposer des candidats :",
      ...input.cfaNames.map((name) => `• ${name}`),
    ],
  });
}
