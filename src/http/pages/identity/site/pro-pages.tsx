import type { Context } from "hono";
import { deleteCookie } from "hono/cookie";
import type { Child } from "hono/jsx";
import { type Actor, type ActorOrganisation, actingOrganisation } from "../../../../domain/identity/actor.ts";
import { identityCatalogue } from "../../../identity-errors.ts";
import { recruiterCatalogue } from "../../../recruiter-errors.ts";
import { sharedCatalogue } from "../../../refusals.ts";
import { Layout, Paragraphs } from "../../layout.tsx";
import { ORGANISATION_COOKIE } from "../../site/page-session.ts";
import { refusalTextIn } from "../../site/refusal-text.ts";
import { SITE_PATHS } from "../../site/site-paths.ts";
import { sitePageResponse, siteRedirect } from "../../site/site-response.ts";

/** The pages of the way into the recruiter space (login, chooser, members, sign-up, my information). */
export const PRO_PATHS = {
  signUp: "/espace-pro/inscription",
  signUpCompany: "/espace-pro/inscription/entreprise",
  signUpCfa: "/espace-pro/inscription/cfa",
  organisation: "/espace-pro/organisation",
  myInformation: "/espace-pro/mes-informations",
  members: "/espace-pro/membres",
} as const;

/** The French sentence the JSON API gives for a refusal (its `detail`, with French apostrophes), for a page. */
export const refusalText = refusalTextIn({ ...sharedCatalogue, ...identityCatalogue, ...recruiterCatalogue });

/** The messages of the contact fields, in the words of the form. */
export function contactLabels(typedEmail: string) {
  return {
    firstName: "Indiquez votre prénom.",
    lastName: "Indiquez votre nom.",
    phone: "Numéro de téléphone français invalide : saisissez 10 chiffres, par exemple 06 12 34 56 78.",
    email:
      typedEmail.trim() === ""
        ? "Indiquez votre adresse e-mail."
        : "L’adresse e-mail n’est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
  };
}

/** The header's "Mon espace (…)" of a signed-in person: the organisation they act for, else their address. */
export function accountOf(actor: Actor): { displayName: string } {
  const acting = actingOrganisation(actor);
  return { displayName: acting.ok ? acting.value.displayName : actor.email };
}

/**
 * The organisation a page of the space acts for. Several and none chosen: the chooser, which brings the person
 * back. A chosen one the person no longer belongs to: the choice is forgotten and the page asked again.
 * Member of none: null (the page says so).
 */
export function actingOrRedirect(c: Context, actor: Actor): ActorOrganisation | Response | null {
  const acting = actingOrganisation(actor);
  if (acting.ok) return acting.value;
  const here = new URL(c.req.url).pathname;
  if (acting.error.code === "ORGANISATION_REQUIRED") {
    return siteRedirect(c, `${PRO_PATHS.organisation}?suite=${encodeURIComponent(here)}`);
  }
  if (actor.requestedOrganisationId !== null) {
    deleteCookie(c, ORGANISATION_COOKIE, { path: "/" });
    return siteRedirect(c, here);
  }
  return null;
}

/** "Vérifiez votre boîte mail": after a login request or a sign-up (never says whether an address is known). */
export function CheckMailboxPage({ lines, children }: Readonly<{ lines: readonly string[]; children?: Child }>) {
  return (
    <Layout title="Vérifiez votre boîte mail" section="pro">
      <h1>Vérifiez votre boîte mail</h1>
      <Paragraphs lines={lines} />
      <p>Pensez à regarder dans les courriers indésirables si rien n’arrive d’ici quelques minutes.</p>
      {children}
    </Layout>
  );
}

/** The person is signed in but belongs to no active organisation (removed, or the organisation closed). */
export function NoOrganisation() {
  return (
    <div class="notice">
      <p>Vous n’êtes membre d’aucun établissement actif pour le moment.</p>
      <p>
        Vous pouvez <a href={PRO_PATHS.signUp}>inscrire votre entreprise ou votre CFA</a>, ou demander à un
        administrateur de votre établissement de vous inviter.
      </p>
    </div>
  );
}

/** A form body we cannot read (broken multipart, NUL character): 400, nothing done. */
export function unreadableFormResponse(c: Context) {
  return sitePageResponse(
    c,
    400,
    <Layout title="Formulaire illisible" section="pro">
      <h1>Formulaire illisible</h1>
      <p>Nous n’avons pas pu lire le formulaire envoyé : rien n’a été enregistré. Revenez en arrière et réessayez.</p>
      <p>
        <a href={SITE_PATHS.home}>Revenir à l’accueil</a>
      </p>
    </Layout>,
  );
}

/** The documentation of a website page in the OpenAPI document (tag "Pages (HTML)"). */
export const htmlPage = (description: string) => ({
  description,
  content: { "text/html": { schema: { type: "string" as const } } },
});

/** Where a 303 goes, for the OpenAPI document. */
export const redirectTo = (description: string) => ({ description });

/** The /espace-pro pages that need a session: the cookie scheme of the JSON API. */
export const SESSION_SECURITY = [{ sessionCookie: [] }];
