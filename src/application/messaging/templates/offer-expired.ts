import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type OfferExpiredEmailInput = Readonly<{ offerTitle: string; extendUrl: string; lifetimeDays: number }>;

/** Sent when the expiry job takes an offer offline; the link puts it back online (docs/PRODUCT.md §2). */
export function offerExpiredEmail(input: OfferExpiredEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre offre « ${input.offerTitle} » a expiré`,
    preheader: "Elle n’est plus visible des candidats. Vous pouvez la remettre en ligne.",
    greeting: "Bonjour,",
    paragraphs: [
      `Votre offre « ${input.offerTitle} » a atteint sa date d’expiration : elle n’est plus visible des candidats ni de nos partenaires. Elle reste dans l’onglet « Expirées » de votre espace.`,
      `Si vous recrutez toujours, remettez-la en ligne pour ${frenchCount(input.lifetimeDays, "jour")} avec le bouton ci-dessous.`,
    ],
    action: { label: "Remettre l’offre en ligne", url: input.extendUrl },
  });
}
