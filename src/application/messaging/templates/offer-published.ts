import type { EmailContent } from "./email-content.ts";
import { frenchDay } from "./french-date.ts";
import { renderEmail } from "./render-email.ts";

export type OfferPublishedEmailInput = Readonly<{
  offerTitle: string;
  organisationName: string;
  expiresAt: Date;
  viewUrl: string;
  lifetimeDays: number;
}>;

/** Sent to the offer's contact when it is published (PRODUCT.md §2: published at once). */
export function offerPublishedEmail(input: OfferPublishedEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre offre « ${input.offerTitle} » est en ligne`,
    preheader: `Elle est visible des candidats jusqu’au ${frenchDay(input.expiresAt)}.`,
    greeting: "Bonjour,",
    paragraphs: [
      `L’offre « ${input.offerTitle} » de ${input.organisationName} est publiée sur La bonne alternance et transmise à nos sites partenaires.`,
      `Elle reste en ligne ${input.lifetimeDays} jours, jusqu’au ${frenchDay(input.expiresAt)}. Nous vous écrirons 7 jours puis 1 jour avant cette date : un clic suffira pour la prolonger.`,
      "Les candidatures arriveront à cette adresse e-mail.",
    ],
    action: { label: "Voir l’offre en ligne", url: input.viewUrl },
  });
}
