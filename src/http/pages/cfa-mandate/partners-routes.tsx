import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { CfaMandateUseCases } from "../../../application/cfa-mandate/index.ts";
import { type Actor, actingOrganisation } from "../../../domain/identity/actor.ts";
import { cfaMandateCatalogue } from "../../cfa-mandate-errors.ts";
import { identityCatalogue } from "../../identity-errors.ts";
import { sharedCatalogue } from "../../refusals.ts";
import { PartnerCompanyInputSchema } from "../../schemas/cfa-mandate.schema.ts";
import { errorsAsPages } from "../html-errors.ts";
import type { FieldErrors } from "../site/form-controls.tsx";
import { MessagePage } from "../site/message-page.tsx";
import { fieldErrorsOf, readPageForm, textOf } from "../site/page-forms.ts";
import { refusalTextIn } from "../site/refusal-text.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { PARTNERS_PATH } from "../site/site-paths.ts";
import { sitePageResponse, siteRedirect } from "../site/site-response.ts";
import { PartnersPage, type PartnerValues } from "./partners-page.tsx";

type Deps = Pick<CfaMandateUseCases, "addPartnerCompany" | "listPartnerCompanies">;
type ActorEnv = { Variables: { actor: Actor } };

const sentenceOf = refusalTextIn({ ...sharedCatalogue, ...identityCatalogue, ...cfaMandateCatalogue });

const FIELD_LABELS = {
  siret: "Indiquez le numéro SIRET de l’entreprise (14 chiffres).",
  firstName: "Indiquez le prénom du contact.",
  lastName: "Indiquez le nom du contact.",
  email: "Indiquez une adresse e-mail valide (par exemple prenom.nom@exemple.fr).",
  phone: "Indiquez un numéro de téléphone français, par exemple 01 23 45 67 89.",
};

/** Refusals about the company itself: shown next to the SIRET. */
const SIRET_CODES = new Set([
  "SIRET_INVALID",
  "SIRET_UNKNOWN",
  "ESTABLISHMENT_CLOSED",
  "ESTABLISHMENT_NON_DIFFUSIBLE",
  "EDUCATION_NAF",
  "PARTNER_EXISTS",
]);

/**
 * A CFA's partner companies in the browser: the same use cases as `GET` and `POST /api/v1/cfa/partners`. Adding
 * one answers 303 to the list; a refusal is the form again with the message next to its field. A company account
 * sees why the page is not for it.
 */
export function cfaPartnerPageRoutes(useCases: Deps, kit: SitePageKit) {
  const app = new OpenAPIHono<ActorEnv>();
  app.use(PARTNERS_PATH, errorsAsPages, kit.pageAuth);

  app.get(PARTNERS_PATH, (c) => partnersPage(c, 200, {}, {}, c.req.query("fait") === "ajoutee"));

  app.post(PARTNERS_PATH, async (c) => {
    const read = await readPageForm(c);
    if (!read.ok) return partnersPage(c, 400, {}, { "": "Formulaire illisible : réessayez." });
    const form = read.value;
    const values: PartnerValues = {
      siret: textOf(form, "siret").trim(),
      firstName: textOf(form, "firstName"),
      lastName: textOf(form, "lastName"),
      email: textOf(form, "email"),
      phone: textOf(form, "phone"),
    };
    const parsed = PartnerCompanyInputSchema.safeParse(values);
    if (!parsed.success) return partnersPage(c, 422, values, fieldErrorsOf(parsed.error, FIELD_LABELS));
    const added = await useCases.addPartnerCompany({ actor: c.var.actor, input: parsed.data });
    if (added.ok) return siteRedirect(c, `${PARTNERS_PATH}?fait=ajoutee#contenu`);
    return partnersPage(c, 422, values, { [fieldOf(added.error)]: sentenceOf(added.error) });
  });

  async function partnersPage(
    c: Context<ActorEnv>,
    status: 200 | 400 | 422,
    values: PartnerValues,
    errors: FieldErrors,
    added = false,
  ) {
    const acting = actingOrganisation(c.var.actor);
    if (!acting.ok && acting.error.code === "ORGANISATION_REQUIRED") {
      return siteRedirect(c, `/espace-pro/organisation?suite=${encodeURIComponent(PARTNERS_PATH)}`);
    }
    const listed = await useCases.listPartnerCompanies({ actor: c.var.actor });
    if (!listed.ok || !acting.ok) return cfaOnly(c, listed.ok ? "" : sentenceOf(listed.error));
    const page = (
      <PartnersPage
        organisationName={acting.value.displayName}
        partners={listed.value}
        values={values}
        errors={errors}
        added={added}
      />
    );
    return sitePageResponse(c, status, page);
  }

  documentPages(app);
  return app;
}

function fieldOf(error: Readonly<{ code: string; field?: unknown }>): string {
  if (SIRET_CODES.has(error.code)) return "siret";
  if (error.code === "CONTACT_SAME_AS_CFA") return error.field === "phone" ? "phone" : "email";
  if (error.code === "EMAIL_MALFORMED") return "email";
  return "";
}

/** A company account (or a person without organisation): partner companies are a CFA's. */
function cfaOnly(c: Context<ActorEnv>, sentence: string) {
  const line =
    sentence ||
    "Les entreprises partenaires sont réservées aux comptes CFA. Un compte entreprise publie directement ses propres offres.";
  return sitePageResponse(
    c,
    403,
    <MessagePage title="Réservé aux organismes de formation" section="pro" lines={[line]} />,
  );
}

function documentPages(app: OpenAPIHono<ActorEnv>) {
  const html = { "text/html": { schema: z.string() } };
  app.openAPIRegistry.registerPath({
    method: "get",
    path: PARTNERS_PATH,
    tags: ["Pages (HTML)"],
    summary: "CFA : mes entreprises partenaires, publier pour l’une d’elles, en ajouter une",
    responses: {
      200: { description: "La page", content: html },
      303: { description: "Vers la connexion, sans session" },
      403: { description: "Compte entreprise : réservé aux CFA", content: html },
    },
  });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: PARTNERS_PATH,
    tags: ["Pages (HTML)"],
    summary: "CFA : ajoute une entreprise partenaire (SIRET et contact recrutement de l’entreprise)",
    responses: {
      303: { description: "Ajoutée : vers la liste" },
      422: { description: "Le formulaire et l’erreur à côté de son champ", content: html },
    },
  });
}
