import { de } from "../../../domain/shared/french-elision.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type ApplicationCvInfectedEmailInput = Readonly<{
  firstName: string;
  targetTitle: string;
  companyName: string;
  cvFilename: string;
}>;

/** To the candidate: the antivirus found a threat in the CV, so nothing was forwarded; apply again with a clean file. */
export function applicationCvInfectedEmail(input: ApplicationCvInfectedEmailInput): EmailContent {
  return renderEmail({
    subject: `Votre candidature « ${input.targetTitle} » n’a pas pu être envoyée`,
    preheader: "Notre antivirus a détecté une menace dans votre CV.",
    greeting: greeting(input.firstName),
    paragraphs: [
      `Votre candidature « ${input.targetTitle} » auprès ${de(input.companyName)} n’a pas été transmise : notre antivirus a détecté une menace dans votre CV (« ${input.cvFilename} »). Ce fichier n’a été envoyé à personne.`,
      "Votre ordinateur est peut-être infecté : analysez-le avec un antivirus à jour.",
      "Ensuite, postulez de nouveau avec un fichier sain : par exemple, enregistrez votre CV au format PDF depuis votre traitement de texte, et joignez ce nouveau fichier.",
    ],
  });
}
