import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { greeting } from "./greeting.ts";
import { renderEmail } from "./render-email.ts";

export type JoinRequestEmailInput = Readonly<{
  adminFirstName: string | null;
  organisationName: string;
  requester: Readonly<{ firstName: string; lastName: string; email: string; phone: string }>;
  url: string;
  validityDays: number;
}>;

/** To each admin of an organisation whose SIRET someone tried to sign up with (docs/adr/0015). */
export function joinRequestEmail(input: JoinRequestEmailInput): EmailContent {
  const { requester } = input;
  const name = `${requester.firstName} ${requester.lastName}`;
  return renderEmail({
    subject: `${name} demande à rejoindre ${input.organisationName} sur La bonne alternance`,
    preheader: `Acceptez ou ignorez cette demande : elle expire dans ${frenchCount(input.validityDays, "jour")}.`,
    greeting: greeting(input.adminFirstName),
    paragraphs: [
      `${name} (${requester.email}, ${frenchPhone(requester.phone)}) a voulu créer un compte pour « ${input.organisationName} » sur La bonne alternance et demande à rejoindre votre espace pour déposer et gérer ses offres d’emploi en alternance.`,
      "Si vous connaissez cette personne, ouvrez le lien ci-dessous et validez sur la page qui s’affiche : elle deviendra membre de l’espace. Sinon, ignorez cet e-mail : rien ne se passera.",
      `Ce lien est valable ${frenchCount(input.validityDays, "jour")}. Vous le recevez parce que vous administrez cet espace.`,
    ],
    action: { label: "Voir la demande", url: input.url },
  });
}
