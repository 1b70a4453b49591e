import { KEEP_GOING } from "./application-wording.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type ApplicationOfferFilledEmailInput = Readonly<{
  firstName: string;
  targetTitle: string;
  companyName: string;
}>;

/** To a candidate still waiting for an answer when the offer was filled. */
export function applicationOfferFilledEmail(input: ApplicationOfferFilledEmailInput): EmailContent {
  return renderEmail({
    subject: `L’offre « ${input.targetTitle} » a été pourvue`,
    preheader: "Le recruteur a trouvé son alternant.",
    greeting: greeting(input.firstName),
    paragraphs: [
      `${input.companyName} a pourvu son offre « ${input.targetTitle} », à laquelle vous aviez postulé : le recrutement est terminé, votre candidature ne pourra donc pas aboutir.`,
      KEEP_GOING,
    ],
  });
}
