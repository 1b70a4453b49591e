import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type ParcoursupInvitationEmailInput = Readonly<{
  establishmentName: string;
  activationUrl: string;
  validityDays: number;
}>;

/** To a CFA: activate appointment requests from Parcoursup, committing to answer within 4 working days (FAQ). */
export function parcoursupInvitationEmail(input: ParcoursupInvitationEmailInput): EmailContent {
  return renderEmail({
    subject: "Recevez les demandes de rendez-vous des candidats Parcoursup",
    preheader: "Activez le service de prise de rendez-vous sur Parcoursup pour vos formations en apprentissage.",
    greeting: "Bonjour,",
    paragraphs: [
      `Les candidats qui découvrent les formations de ${input.establishmentName} sur Parcoursup peuvent vous demander un rendez-vous, comme ils le font déjà sur La bonne alternance et sur le site de l’ONISEP.`,
      "En activant le service sur Parcoursup, votre établissement s’engage à répondre à chaque candidat dans un délai maximal de 4 jours ouvrés.",
      `Le lien ci-dessous vous présente cet engagement avant toute activation ; il est valable ${frenchCount(input.validityDays, "jour")}.`,
    ],
    action: { label: "Activer le service sur Parcoursup", url: input.activationUrl },
  });
}
