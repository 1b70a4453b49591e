import { de } from "../../../domain/shared/french-elision.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type AccountDisabledEmailInput = Readonly<{ firstName: string | null; organisationName: string }>;

/** Support disabled an organisation: each member learns it, and that its offers are no longer published. */
export function accountDisabledEmail(input: AccountDisabledEmailInput): EmailContent {
  return renderEmail({
    subject: `Le compte « ${input.organisationName} » a été désactivé`,
    greeting: greeting(input.firstName),
    paragraphs: [
      `L’équipe de La bonne alternance a désactivé le compte ${de(input.organisationName)}. Ses offres ne sont plus publiées et ses membres ne peuvent plus s’y connecter.`,
      "Si vous pensez qu’il s’agit d’une erreur, écrivez à labonnealternance@apprentissage.beta.gouv.fr en indiquant le nom de votre établissement.",
    ],
  });
}
