import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { RecruiterUseCases } from "../../../application/recruiter/index.ts";
import type { EstablishmentMatch } from "../../../application/training/index.ts";
import { CfaSignUpSchema, JoinRequestBodySchema, RecruiterSignUpSchema } from "../../schemas/recruiter.schema.ts";
import { errorsAsPages } from "../html-errors.ts";
import {
  contactLabels,
  htmlPage,
  PRO_PATHS,
  redirectTo,
  refusalText,
  unreadableFormResponse,
} from "../identity/site/pro-pages.tsx";
import type { FieldErrors } from "../site/form-controls.tsx";
import { fieldErrorsOf, type PageForm, readPageForm, textOf } from "../site/page-forms.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { sitePageResponse, siteRedirect } from "../site/site-response.ts";
import {
  ContactStepPage,
  type ContactValues,
  type FinderView,
  JoinRequestSentPage,
  SignUpChoicePage,
  type SignUpKind,
  SignUpSentPage,
  SiretStepPage,
} from "./sign-up-pages.tsx";

/** Optional reads of other contexts (wired on the recruiter module's mount line). */
export type RecruiterSiteReads = Readonly<{
  /**
   * The training context's `findTrainingEstablishments` (`GET /api/v1/training-establishments`): the CFA
   * sign-up's finder. Absent: the CFA page asks for the SIRET only.
   */
  findTrainingEstablishments?: (input: { q: string }) => Promise<readonly EstablishmentMatch[]>;
}>;

const SENT = `${PRO_PATHS.signUp}/lien-envoye`;
/** The sign-up addresses partners and links elsewhere use: `/espace-pro/creation/entreprise` and `…/cfa`. */
const CONTRACT_PATHS = { company: "/espace-pro/creation/entreprise", cfa: "/espace-pro/creation/cfa" } as const;
const JOIN = `${PRO_PATHS.signUp}/rejoindre`;
const JOIN_SENT = `${PRO_PATHS.signUp}/demande-transmise`;

/** Refusals about the establishment itself: shown next to the SIRET, on step 1. */
const SIRET_REFUSALS = new Set([
  "SIRET_INVALID",
  "SIRET_UNKNOWN",
  "ESTABLISHMENT_CLOSED",
  "ESTABLISHMENT_NON_DIFFUSIBLE",
  "EDUCATION_NAF",
  "CFA_NOT_IN_CATALOGUE",
  "CFA_NOT_QUALIOPI",
]);

/**
 * Company and CFA sign-up (docs/API.md "Sign-up"): step 1 the SIRET, looked up as `GET /api/v1/establishments/{siret}`;
 * step 2 INSEE's data and the contact fields, the SIRET carried in a hidden field and checked again, the account
 * created by the same use cases as `POST /api/v1/recruiters` and `/cfas`; ACCOUNT_EXISTS offers the join request of
 * `POST /api/v1/join-requests`. Each step works without JavaScript.
 */
export function recruiterSignUpRoutes(useCases: RecruiterUseCases, _kit: SitePageKit, reads: RecruiterSiteReads) {
  const app = new OpenAPIHono();
  app.use(PRO_PATHS.signUp, errorsAsPages);
  app.use(`${PRO_PATHS.signUp}/*`, errorsAsPages);

  app.get(PRO_PATHS.signUp, (c) => sitePageResponse(c, 200, <SignUpChoicePage />));
  // The platform contract's entry points for sign-up: the same pages, under our French path (permanent).
  app.get(CONTRACT_PATHS.company, (c) => c.redirect(PRO_PATHS.signUpCompany, 301));
  app.get(CONTRACT_PATHS.cfa, (c) => c.redirect(PRO_PATHS.signUpCfa, 301));
  app.get(PRO_PATHS.signUpCompany, (c) => sitePageResponse(c, 200, <SiretStepPage kind="company" />));
  app.get(PRO_PATHS.signUpCfa, async (c) => {
    const query = c.req.query("recherche");
    return sitePageResponse(c, 200, <SiretStepPage kind="cfa" finder={await finderView(query)} />);
  });
  app.post(PRO_PATHS.signUpCompany, (c) => signUpStep(c, "company"));
  app.post(PRO_PATHS.signUpCfa, (c) => signUpStep(c, "cfa"));
  app.get(SENT, (c) => sitePageResponse(c, 200, <SignUpSentPage />));

  app.post(JOIN, async (c) => {
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const form = read.value;
    const kind: SignUpKind = textOf(form, "kind") === "cfa" ? "cfa" : "company";
    const parsed = JoinRequestBodySchema.safeParse({ ...contactOf(form), kind, siret: textOf(form, "siret") });
    if (!parsed.success)
      return contactStep(c, kind, form, 422, fieldErrorsOf(parsed.error, contactLabels(textOf(form, "email"))));
    const asked = await useCases.requestToJoin(parsed.data);
    if (asked.ok) return siteRedirect(c, `${JOIN_SENT}?jours=${asked.value.validityDays}`);
    const { error } = asked;
    if (error.code === "RATE_LIMITED") return contactStep(c, kind, form, 429, { "": refusalText(error) });
    if (error.code === "EMAIL_MALFORMED") return contactStep(c, kind, form, 422, { email: refusalText(error) });
    return siretStep(c, kind, textOf(form, "siret"), { siret: refusalText(error) });
  });
  app.get(JOIN_SENT, (c) => {
    const days = Number.parseInt(c.req.query("jours") ?? "", 10);
    return sitePageResponse(c, 200, <JoinRequestSentPage days={days > 0 && days <= 90 ? days : 7} />);
  });

  async function finderView(query: string | undefined): Promise<FinderView | undefined> {
    if (!reads.findTrainingEstablishments) return undefined;
    const q = query?.trim() ?? "";
    if (query === undefined) return { query: "", matches: null };
    if (q.length < 2 || q.length > 100) {
      return { query: q, matches: null, error: "Tapez au moins 2 caractères (et au plus 100)." };
    }
    return { query: q, matches: await reads.findTrainingEstablishments({ q }) };
  }

  async function siretStep(c: Context, kind: SignUpKind, siret: string, errors: FieldErrors) {
    const finder = kind === "cfa" ? await finderView(undefined) : undefined;
    return sitePageResponse(c, 422, <SiretStepPage kind={kind} siret={siret} errors={errors} finder={finder} />);
  }

  /** Step 2 again (or step 1 when the SIRET no longer passes), with what the person typed. */
  async function contactStep(
    c: Context,
    kind: SignUpKind,
    form: PageForm,
    status: 200 | 409 | 422 | 429,
    errors: FieldErrors,
    joinable = false,
  ) {
    const siret = textOf(form, "siret");
    const looked = await useCases.lookUpEstablishment({ siret });
    if (!looked.ok) return siretStep(c, kind, siret, { siret: refusalText(looked.error) });
    const establishment = looked.value;
    const opcos =
      kind === "company" && establishment.opco === null
        ? (await useCases.listOpcos()).map(({ code, label }) => ({ value: code, label }))
        : undefined;
    const values: ContactValues = { ...contactOf(form), opco: textOf(form, "opco") };
    return sitePageResponse(
      c,
      status,
      <ContactStepPage
        kind={kind}
        establishment={establishment}
        values={values}
        errors={errors}
        opcos={opcos}
        joinable={joinable}
      />,
    );
  }

  async function signUpStep(c: Context, kind: SignUpKind) {
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const form = read.value;
    const siret = textOf(form, "siret").replaceAll(/\s/g, "");
    if (textOf(form, "etape") !== "compte") {
      if (siret === "") return siretStep(c, kind, siret, { siret: "Indiquez le numéro SIRET de votre établissement." });
      const looked = await useCases.lookUpEstablishment({ siret });
      if (!looked.ok) return siretStep(c, kind, siret, { siret: refusalText(looked.error) });
      const found = looked.value;
      if (!found.open) return siretStep(c, kind, siret, { siret: refusalText({ code: "ESTABLISHMENT_CLOSED" }) });
      if (kind === "company" && found.eligibility === "cfa_only") {
        return siretStep(c, kind, siret, { siret: refusalText({ code: "EDUCATION_NAF", nafCode: found.nafCode }) });
      }
      return contactStep(c, kind, { ...form, siret }, 200, {});
    }
    const input = { ...contactOf(form), siret, opco: textOf(form, "opco") || null };
    const parsed = (kind === "company" ? RecruiterSignUpSchema : CfaSignUpSchema).safeParse(input);
    if (!parsed.success)
      return contactStep(c, kind, form, 422, fieldErrorsOf(parsed.error, contactLabels(textOf(form, "email"))));
    const signedUp =
      kind === "company" ? await useCases.signUpCompany(parsed.data) : await useCases.signUpCfa(parsed.data);
    if (signedUp.ok) return siteRedirect(c, SENT);
    const { error } = signedUp;
    if (SIRET_REFUSALS.has(error.code)) return siretStep(c, kind, siret, { siret: refusalText(error) });
    if (error.code === "ACCOUNT_EXISTS") {
      return contactStep(c, kind, form, 409, { "": refusalText(error) }, error.joinable);
    }
    if (error.code === "RATE_LIMITED") return contactStep(c, kind, form, 429, { "": refusalText(error) });
    if (error.code === "OPCO_UNKNOWN") return contactStep(c, kind, form, 422, { opco: refusalText(error) });
    return contactStep(c, kind, form, 422, { email: refusalText(error) });
  }

  documentPages(app);
  return app;
}

function contactOf(form: PageForm) {
  return {
    firstName: textOf(form, "firstName"),
    lastName: textOf(form, "lastName"),
    phone: textOf(form, "phone"),
    email: textOf(form, "email"),
  };
}

function documentPages(app: OpenAPIHono) {
  const tags = ["Pages (HTML)"];
  const registry = app.openAPIRegistry;
  const form = (schema: z.ZodObject) => ({
    body: { required: true, content: { "application/x-www-form-urlencoded": { schema } } },
  });
  const stepFields = z.object({
    etape: z.enum(["siret", "compte"]),
    siret: z.string(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
  });
  const refused = htmlPage("Refus en clair à côté du champ concerné (SIRET inconnu, établissement fermé…)");
  for (const [path, target] of [
    [CONTRACT_PATHS.company, PRO_PATHS.signUpCompany],
    [CONTRACT_PATHS.cfa, PRO_PATHS.signUpCfa],
  ] as const) {
    registry.registerPath({
      method: "get",
      path,
      tags,
      summary: `Adresse stable de l’inscription : redirige vers ${target}`,
      responses: { 301: redirectTo(`Vers ${target}`) },
    });
  }
  registry.registerPath({
    method: "get",
    path: PRO_PATHS.signUp,
    tags,
    summary: "Créer un compte : entreprise ou organisme de formation (CFA)",
    responses: { 200: htmlPage("Le choix") },
  });
  for (const [path, who] of [
    [PRO_PATHS.signUpCompany, "d’une entreprise"],
    [PRO_PATHS.signUpCfa, "d’un CFA (avec la recherche de son établissement, `?recherche=`)"],
  ] as const) {
    registry.registerPath({
      method: "get",
      path,
      tags,
      summary: `Inscription ${who} : le numéro SIRET`,
      request: path === PRO_PATHS.signUpCfa ? { query: z.object({ recherche: z.string().optional() }) } : undefined,
      responses: { 200: htmlPage("Étape 1") },
    });
    registry.registerPath({
      method: "post",
      path,
      tags,
      summary: `Inscription ${who} : étape 1 → données INSEE et coordonnées ; étape 2 → compte créé`,
      request: form(stepFields),
      responses: {
        200: htmlPage("Étape 2 : l’établissement et les coordonnées"),
        303: redirectTo("Compte créé : vers « Vérifiez votre boîte mail »"),
        409: htmlPage("Un compte existe déjà pour ce SIRET : demander à le rejoindre"),
        422: refused,
        429: htmlPage("Trop d’inscriptions"),
      },
    });
  }
  registry.registerPath({
    method: "get",
    path: SENT,
    tags,
    summary: "« Vérifiez votre boîte mail » après une inscription",
    responses: { 200: htmlPage("La page") },
  });
  registry.registerPath({
    method: "post",
    path: JOIN,
    tags,
    summary: "Demander à rejoindre le compte existant d’un SIRET",
    request: form(
      z.object({
        kind: z.enum(["company", "cfa"]),
        siret: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        email: z.string(),
        phone: z.string(),
      }),
    ),
    responses: { 303: redirectTo("Vers « Demande transmise »"), 422: refused, 429: htmlPage("Trop de demandes") },
  });
  registry.registerPath({
    method: "get",
    path: JOIN_SENT,
    tags,
    summary: "« Demande transmise » après une demande pour rejoindre un compte",
    request: { query: z.object({ jours: z.string().optional() }) },
    responses: { 200: htmlPage("La page") },
  });
}
