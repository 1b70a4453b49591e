import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

export type CompanyContactUpdateDecidedInput = Readonly<{
  companyName: string;
  siret: string;
  approved: boolean;
  /** The new values as they will now be shown (approved only). */
  email: string | null;
  phone: string | null;
}>;

/** To whoever asked for an algorithm company's contact change, once support approved or rejected it. */
export function companyContactUpdateDecidedEmail(input: CompanyContactUpdateDecidedInput): EmailContent {
  const changes = [
    ...(input.email === null ? [] : [`Adresse e-mail de contact : ${input.email}`]),
    ...(input.phone === null ? [] : [`Téléphone : ${input.phone}`]),
  ];
  if (!input.approved) {
    return renderEmail({
      subject: "Votre demande de modification des coordonnées n’a pas été acceptée",
      greeting: "Bonjour,",
      paragraphs: [
        `Notre équipe n’a pas pu valider la modification des coordonnées de l’entreprise ${input.companyName} (SIRET ${input.siret}) sur La bonne alternance : les coordonnées affichées restent inchangées.`,
        "Si vous pensez qu’il s’agit d’une erreur, faites une nouvelle demande depuis une adresse e-mail de l’entreprise.",
      ],
    });
  }
  return renderEmail({
    subject: "Les coordonnées de votre entreprise ont été mises à jour",
    greeting: "Bonjour,",
    paragraphs: [
      `Notre équipe a validé la modification des coordonnées de l’entreprise ${input.companyName} (SIRET ${input.siret}) sur La bonne alternance. Les candidats voient désormais :`,
      ...changes,
      "Ces coordonnées seront conservées lors des prochaines mises à jour de la liste des entreprises.",
    ],
  });
}
