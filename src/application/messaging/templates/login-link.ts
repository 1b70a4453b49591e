import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type LoginLinkEmailInput = Readonly<{ firstName: string | null; url: string; validityMinutes: number }>;

/** Sent on sign-up and on `POST /auth/magic-link`; the FAQ names the button “accéder à mon espace”. */
export function loginLinkEmail(input: LoginLinkEmailInput): EmailContent {
  return renderEmail({
    subject: "Votre lien de connexion à La bonne alternance",
    preheader: `Ce lien est valable ${frenchCount(input.validityMinutes, "minute")} et ne sert qu’une fois.`,
    greeting: greeting(input.firstName),
    paragraphs: [
      "Pour accéder à votre espace La bonne alternance, cliquez sur le bouton ci-dessous. Aucun mot de passe n’est nécessaire.",
      `Ce lien est valable ${frenchCount(input.validityMinutes, "minute")} et ne peut servir qu’une seule fois. Passé ce délai, demandez-en un nouveau depuis la page de connexion.`,
      "Si vous n’avez pas demandé à vous connecter, ignorez cet e-mail : personne ne peut accéder à votre espace sans ce lien.",
    ],
    action: { label: "Accéder à mon espace", url: input.url },
  });
}
