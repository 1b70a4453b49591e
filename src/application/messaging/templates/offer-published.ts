import { frenchDate } from "../../../domain/shared/french-date.ts";
import { de } from "../../../domain/shared/french-elision.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type OfferPublishedEmailInput = Readonly<{
  offerTitle: string;
  organisationName: string;
  expiresAt: Date;
  viewUrl: string;
  lifetimeDays: number;
}>;

/** Sent to the offer's contact when it is published (docs/PRODUCT.md §2: published at once). */
export function offerPublishedEmail(input: OfferPublishedEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre offre « ${input.offerTitle} » est en ligne`,
    preheader: `Elle est visible des candidats jusqu’au ${frenchDate(input.expiresAt)}.`,
    greeting: "Bonjour,",
    paragraphs: [
      `L’offre « ${input.offerTitle} » ${de(input.organisationName)} est publiée sur La bonne alternance et transmise à nos sites partenaires.`,
      `Elle reste en ligne ${frenchCount(input.lifetimeDays, "jour")}, jusqu’au ${frenchDate(input.expiresAt)}. Nous vous écrirons 7 jours puis 1 jour avant cette date : un clic suffira pour la prolonger.`,
      "Les candidatures arriveront à cette adresse e-mail.",
    ],
    action: { label: "Voir l’offre en ligne", url: input.viewUrl },
  });
}
