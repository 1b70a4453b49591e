import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type WelcomeEmailInput = Readonly<{
  firstName: string | null;
  organisationName: string;
  url: string;
  validityMinutes: number;
}>;

/** Sent at sign-up (docs/API.md `POST /recruiters`, `/cfas`): the account exists, and its first login link. */
export function welcomeEmail(input: WelcomeEmailInput): EmailContent {
  return renderEmail({
    subject: "Bienvenue sur La bonne alternance : accédez à votre espace",
    preheader: `Le compte « ${input.organisationName} » est créé. Ce lien est valable ${frenchCount(input.validityMinutes, "minute")}.`,
    greeting: greeting(input.firstName),
    paragraphs: [
      `Le compte « ${input.organisationName} » est créé sur La bonne alternance. Vous pouvez dès maintenant déposer vos offres d’emploi en alternance.`,
      "Pour accéder à votre espace, cliquez sur le bouton ci-dessous. Il n’y a pas de mot de passe : pour vous reconnecter plus tard, il suffit de demander un nouveau lien avec votre adresse e-mail.",
      `Ce lien est valable ${frenchCount(input.validityMinutes, "minute")} et ne peut servir qu’une seule fois. Sa première utilisation confirme votre adresse e-mail et active le compte : sans cela, l’inscription est annulée à l’expiration du lien.`,
      "Si vous n’êtes pas à l’origine de cette inscription, ignorez cet e-mail ou signalez-le à notre support.",
    ],
    action: { label: "Accéder à mon espace", url: input.url },
  });
}
