import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

type ReminderOffer = Readonly<{ title: string; expiresAt: Date; extendUrl: string }>;

export type OfferReminderEmailInput = Readonly<{
  /** "J-7" or "J-1" (docs/PRODUCT.md §2). */
  kind: "J-7" | "J-1";
  offers: readonly ReminderOffer[];
  lifetimeDays: number;
}>;

/** One email per recipient listing every offer that reaches the same reminder, each with its extend link. */
export function offerReminderEmail(input: OfferReminderEmailInput): EmailContent {
  const several = input.offers.length > 1;
  const when = input.kind === "J-1" ? "demain" : "dans 7 jours";
  return renderEmail({
    subject: several
      ? `${input.offers.length} de vos offres expirent ${when}`
      : `Votre offre « ${input.offers[0]?.title ?? ""} » expire ${when}`,
    preheader: "Prolongez-la en un clic si vous recrutez toujours.",
    greeting: "Bonjour,",
    paragraphs: [
      several
        ? `${input.offers.length} de vos offres d’emploi en alternance seront retirées de La bonne alternance ${when}.`
        : `Votre offre d’emploi en alternance sera retirée de La bonne alternance ${when}.`,
      `Si vous recrutez toujours, prolongez-la : elle restera en ligne ${frenchCount(input.lifetimeDays, "jour")} de plus à compter d’aujourd’hui. Sinon, vous n’avez rien à faire.`,
    ],
    items: input.offers.map((offer) => ({
      heading: offer.title,
      lines: [`En ligne jusqu’au ${frenchDate(offer.expiresAt)}`],
      action: { label: "Prolonger cette offre", url: offer.extendUrl },
    })),
  });
}
