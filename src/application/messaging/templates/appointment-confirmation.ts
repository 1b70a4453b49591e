import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type AppointmentConfirmationEmailInput = Readonly<{
  firstName: string;
  trainingTitle: string;
  cfa: Readonly<{ name: string; address: string | null; phone: string | null; email: string }>;
  reasons: readonly string[];
}>;

/** To the candidate: the request left, and the CFA's details to keep (docs/PRODUCT.md §8). */
export function appointmentConfirmationEmail(input: AppointmentConfirmationEmailInput): EmailContent {
  const { cfa } = input;
  return renderEmail({
    subject: `Votre demande de rendez-vous a été transmise à ${cfa.name}`,
    preheader: "Conservez cet e-mail : il contient les coordonnées du centre de formation.",
    greeting: greeting(input.firstName),
    paragraphs: [
      `Votre demande au sujet de la formation « ${input.trainingTitle} » a bien été transmise au centre de formation, qui va vous recontacter.`,
      `Vos sujets : ${input.reasons.join(", ")}.`,
      "Conservez cet e-mail : voici les coordonnées du centre de formation, si vous souhaitez le joindre vous-même.",
      `Établissement : ${cfa.name}`,
      ...(cfa.address ? [`Adresse : ${cfa.address}`] : []),
      ...(cfa.phone ? [`Téléphone : ${cfa.phone}`] : []),
      `E-mail : ${cfa.email}`,
    ],
  });
}
