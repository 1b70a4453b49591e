import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ManagedOffer, OfferUseCases } from "../../../../application/offer/index.ts";
import { actingOrganisation } from "../../../../domain/identity/actor.ts";
import type { MetierSuggestion } from "../../../../domain/referential/metier-suggestion.ts";
import { offerCatalogue } from "../../../offer-errors.ts";
import { sharedCatalogue } from "../../../refusals.ts";
import { newOfferInputOf } from "../../../routes/offer-bodies.ts";
import { NewOfferSchema } from "../../../schemas/offer.schema.ts";
import { errorsAsPages } from "../../html-errors.ts";
import type { FieldErrors } from "../../site/form-controls.tsx";
import { fieldErrorsOf, type PageForm, readPageForm, textOf, valuesOf } from "../../site/page-forms.ts";
import { refusalTextIn } from "../../site/refusal-text.ts";
import type { SitePageKit } from "../../site/site-kit.ts";
import { sitePageResponse, siteRedirect } from "../../site/site-response.ts";
import {
  type ActorEnv,
  chooseOrganisation,
  noOrganisation,
  offerGone,
  organisationName,
  refusedAction,
} from "./console-answers.ts";
import { CONSOLE_PATHS } from "./console-page.tsx";
import { EMPTY_OFFER_FORM, type OfferFormValues } from "./offer-form.tsx";
import { EditPage, PublishPage } from "./publish-pages.tsx";

type Deps = Pick<
  OfferUseCases,
  "createOffer" | "editOffer" | "getManagedOffer" | "listNearbyCfas" | "shareOfferWithCfas"
>;

/** The métier suggestions of the referential (`GET /api/v1/metiers`), for a métier typed without JavaScript. */
export type MetierLookup = (input: { q: string }) => Promise<readonly MetierSuggestion[]>;

const sentenceOf = refusalTextIn({ ...sharedCatalogue, ...offerCatalogue });

const FIELD_LABELS = {
  contractTypes: "Cochez au moins un type de contrat.",
  startDate: "Indiquez la date de début du contrat (JJ/MM/AAAA).",
  durationMonths: "Indiquez une durée de 6 à 36 mois.",
  openings: "Indiquez un nombre de postes de 1 à 10.",
};

const FIELD_ORDER = [
  "metier",
  "contractTypes",
  "diplomaLevel",
  "startDate",
  "durationMonths",
  "openings",
  "workplaceAddress",
  "description",
  "employerDescription",
  "",
];

/**
 * Publishing and editing an offer in the browser: the same use cases as `POST /api/v1/offers`, `PATCH
 * /api/v1/offers/{id}`, `GET …/nearby-cfas` and `POST …/cfa-shares`. Publishing lands on the edit page, where the
 * description written from the ROME fiche is shown and editable, followed by the optional "share with nearby
 * CFAs" step. Every POST answers 303, or the form again with its errors.
 */
export function offerPublishPageRoutes(useCases: Deps, kit: SitePageKit, searchMetiers: MetierLookup) {
  const app = new OpenAPIHono<ActorEnv>();
  for (const path of [CONSOLE_PATHS.publish, "/espace-pro/offres/:id", "/espace-pro/offres/:id/centres"]) {
    app.use(path, errorsAsPages, kit.pageAuth);
  }

  app.get(CONSOLE_PATHS.publish, (c) => {
    const partnerSiret = c.req.query("partenaire")?.replaceAll(/\s/g, "").slice(0, 14) || undefined;
    return publishForm(c, 200, EMPTY_OFFER_FORM, {}, partnerSiret);
  });

  app.post(CONSOLE_PATHS.publish, async (c) => {
    const read = await readPageForm(c);
    if (!read.ok) return publishForm(c, 400, EMPTY_OFFER_FORM, { "": "Formulaire illisible : réessayez." });
    const form = read.value;
    const partnerSiret = textOf(form, "partnerSiret") || undefined;
    const { values, errors, romeChoice } = await withMetier(form, searchMetiers);
    const parsed = NewOfferSchema.safeParse({ ...offerBodyOf(values, romeChoice), partnerSiret: partnerSiret ?? null });
    if (!parsed.success || !romeChoice) {
      const all = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error, FIELD_LABELS)), ...errors };
      return publishForm(c, 422, values, ordered(all), partnerSiret);
    }
    const created = await useCases.createOffer({ actor: c.var.actor, offer: newOfferInputOf(parsed.data) });
    if (!created.ok) {
      const { error } = created;
      if (error.code === "ORGANISATION_REQUIRED") return chooseOrganisation(c);
      if (error.code === "NOT_A_MEMBER") return noOrganisation(c);
      return publishForm(c, 422, values, { [fieldOf(error)]: sentenceOf(error) }, partnerSiret);
    }
    return siteRedirect(c, `${CONSOLE_PATHS.edit(created.value.offer.id)}?fait=publiee#contenu`);
  });

  app.get("/espace-pro/offres/:id", async (c) => {
    const found = await useCases.getManagedOffer({ actor: c.var.actor, offerId: c.req.param("id") });
    if (!found.ok) return offerGone(c);
    return editForm(c, 200, found.value, storedValues(found.value), {}, c.req.query("fait"));
  });

  app.post("/espace-pro/offres/:id", async (c) => {
    const found = await useCases.getManagedOffer({ actor: c.var.actor, offerId: c.req.param("id") });
    if (!found.ok) return offerGone(c);
    const managed = found.value;
    const read = await readPageForm(c);
    if (!read.ok) return editForm(c, 400, managed, storedValues(managed), { "": "Formulaire illisible : réessayez." });
    const form = read.value;
    const { values, errors, romeChoice } = await withMetier(form, searchMetiers);
    const withDescription = { ...values, description: textOf(form, "description") };
    const parsed = NewOfferSchema.safeParse(offerBodyOf(values, romeChoice));
    if (!parsed.success || !romeChoice) {
      const all = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error, FIELD_LABELS)), ...errors };
      return editForm(c, 422, managed, withDescription, ordered(all));
    }
    const version = Number.parseInt(textOf(form, "version"), 10);
    const edited = await useCases.editOffer({
      actor: c.var.actor,
      offerId: managed.offer.id,
      changes: changesFrom(managed, parsed.data, withDescription.description),
      ...(Number.isInteger(version) && { expectedVersion: version }),
    });
    if (!edited.ok) {
      const { error } = edited;
      if (error.code === "OFFER_NOT_FOUND" || error.code === "CONFLICT" || error.code === "OFFER_CLOSED") {
        return refusedAction(c, error);
      }
      return editForm(c, 422, managed, withDescription, { [fieldOf(error)]: sentenceOf(error) });
    }
    return siteRedirect(c, `${CONSOLE_PATHS.edit(managed.offer.id)}?fait=modifiee#contenu`);
  });

  app.post("/espace-pro/offres/:id/centres", async (c) => {
    const offerId = c.req.param("id");
    const read = await readPageForm(c);
    const sirets = read.ok ? valuesOf(read.value, "sirets").slice(0, 50) : [];
    if (sirets.length === 0) return siteRedirect(c, `${CONSOLE_PATHS.edit(offerId)}#centres`);
    const shared = await useCases.shareOfferWithCfas({ actor: c.var.actor, offerId, sirets });
    if (!shared.ok) return refusedAction(c, shared.error);
    return siteRedirect(c, `${CONSOLE_PATHS.edit(offerId)}?fait=transmise#contenu`);
  });

  function publishForm(
    c: Context<ActorEnv>,
    status: 200 | 400 | 422,
    values: OfferFormValues,
    errors: FieldErrors,
    partnerSiret?: string,
  ) {
    const acting = actingOrganisation(c.var.actor);
    if (!acting.ok) return acting.error.code === "ORGANISATION_REQUIRED" ? chooseOrganisation(c) : noOrganisation(c);
    const page = (
      <PublishPage
        organisationName={acting.value.displayName}
        values={values}
        errors={errors}
        partnerSiret={partnerSiret}
      />
    );
    return sitePageResponse(c, status, page);
  }

  async function editForm(
    c: Context<ActorEnv>,
    status: 200 | 400 | 422,
    managed: ManagedOffer,
    values: OfferFormValues,
    errors: FieldErrors,
    done?: string,
  ) {
    const live = managed.offer.status === "active";
    const nearby = live ? await useCases.listNearbyCfas({ actor: c.var.actor, offerId: managed.offer.id }) : null;
    const page = (
      <EditPage
        organisationName={organisationName(c.var.actor)}
        managed={managed}
        values={values}
        errors={errors}
        done={done}
        nearbyCfas={nearby?.ok ? nearby.value : null}
      />
    );
    return sitePageResponse(c, status, page);
  }

  documentPages(app);
  return app;
}

type RomeChoice = Readonly<{ romeCode: string; appellation: string | null }>;

/**
 * The typed métier and the fiche it stands for: the hidden code when the text is still the label it came with
 * (picked from the suggestions, or resolved by an earlier refusal), else the best suggestion for the text.
 */
async function withMetier(form: PageForm, searchMetiers: MetierLookup) {
  const typed = valuesFrom(form);
  const errors: Record<string, string> = {};
  const metier = typed.metier;
  let romeChoice: RomeChoice | null = null;
  let values = typed;
  if (metier === "") errors.metier = "Indiquez le métier de l’offre.";
  else if (typed.romeCode !== "" && textOf(form, "metierChoisi") === metier) {
    romeChoice = { romeCode: typed.romeCode, appellation: typed.appellation || null };
  } else {
    const [best] = await searchMetiers({ q: metier });
    if (!best) errors.metier = `Aucun métier ne correspond à « ${metier} » : essayez un autre mot.`;
    else {
      romeChoice = { romeCode: best.romeCode, appellation: best.appellation };
      values = {
        ...typed,
        metier: best.appellation ?? best.romeLabel,
        romeCode: best.romeCode,
        appellation: best.appellation ?? "",
      };
    }
  }
  return { values, errors, romeChoice };
}

function valuesFrom(form: PageForm): OfferFormValues {
  return {
    metier: textOf(form, "metier").trim(),
    romeCode: textOf(form, "romeCode").trim(),
    appellation: textOf(form, "appellation").trim(),
    contractTypes: valuesOf(form, "contractTypes"),
    diplomaLevel: textOf(form, "diplomaLevel"),
    startDate: isoDateOf(textOf(form, "startDate").trim()),
    durationMonths: textOf(form, "durationMonths").trim(),
    openings: textOf(form, "openings").trim(),
    workplaceAddress: textOf(form, "workplaceAddress").trim(),
    employerDescription: textOf(form, "employerDescription").trim(),
  };
}

/** A date input sends AAAA-MM-JJ; a browser without one lets the person type JJ/MM/AAAA, as the hint says. */
function isoDateOf(typed: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  if (!french) return typed;
  const [, day, month, year] = french;
  return `${year}-${(month ?? "").padStart(2, "0")}-${(day ?? "").padStart(2, "0")}`;
}

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text) ? Number(text) : Number.NaN);

/**
 * The form as `POST /api/v1/offers` takes it. Without a fiche (none typed, none found) the métier's own error is
 * already set: a well-formed placeholder code lets the schema report the other fields' problems alongside it.
 */
function offerBodyOf(values: OfferFormValues, romeChoice: RomeChoice | null) {
  return {
    romeCode: romeChoice?.romeCode ?? "A0000",
    appellation: romeChoice?.appellation ?? null,
    diplomaLevel: values.diplomaLevel || null,
    contractTypes: values.contractTypes,
    startDate: values.startDate,
    durationMonths: wholeNumber(values.durationMonths),
    openings: wholeNumber(values.openings),
    employerDescription: values.employerDescription || null,
    workplaceAddress: values.workplaceAddress || null,
  };
}

/** Only what the recruiter changed: an unchanged start date now in the past is not refused again. */
function changesFrom(managed: ManagedOffer, body: ReturnType<typeof NewOfferSchema.parse>, description: string) {
  const { offer } = managed;
  const changed = <T,>(next: T, stored: T) => (JSON.stringify(next) === JSON.stringify(stored) ? undefined : next);
  const entries = {
    romeCode: changed(body.romeCode, offer.romeCode as string),
    appellation: changed(body.appellation ?? null, offer.appellation),
    diplomaLevel: changed(body.diplomaLevel ?? null, offer.diplomaLevel),
    contractTypes: changed([...body.contractTypes], [...offer.contractTypes]),
    startDate: changed(body.startDate, offer.startDate as string),
    durationMonths: changed(body.durationMonths, offer.durationMonths),
    openings: changed(body.openings, offer.openings),
    employerDescription: changed(body.employerDescription ?? null, offer.employerDescription),
    description: changed(description, offer.description),
    workplaceAddress: body.workplaceAddress ?? undefined,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Parameters<
    Deps["editOffer"]
  >[0]["changes"];
}

function storedValues(managed: ManagedOffer): OfferFormValues {
  const { offer } = managed;
  return {
    metier: offer.appellation ?? offer.romeLabel,
    romeCode: offer.romeCode,
    appellation: offer.appellation ?? "",
    contractTypes: [...offer.contractTypes],
    diplomaLevel: offer.diplomaLevel ?? "",
    startDate: offer.startDate,
    durationMonths: String(offer.durationMonths),
    openings: String(offer.openings),
    workplaceAddress: "",
    employerDescription: offer.employerDescription ?? "",
    description: offer.description,
  };
}

/** The field a refusal is about: the domain's `path` (its first segment), the métier for the fiche. */
function fieldOf(error: Readonly<{ code: string; path?: unknown }>): string {
  if (error.code === "ROME_UNKNOWN") return "metier";
  if (error.code === "ADDRESS_NOT_FOUND") return "workplaceAddress";
  return typeof error.path === "string" ? (error.path.split(".")[0] ?? "") : "";
}

function ordered(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(FIELD_ORDER.filter((name) => name in errors).map((name) => [name, errors[name] ?? ""]));
}

function documentPages(app: OpenAPIHono<ActorEnv>) {
  const html = { "text/html": { schema: z.string() } };
  for (const [method, path, summary] of [
    ["get", CONSOLE_PATHS.publish, "Publier une offre (`?partenaire=` : pour une entreprise partenaire d’un CFA)"],
    ["post", CONSOLE_PATHS.publish, "Publie l’offre (en ligne aussitôt), puis vers sa page de modification"],
    ["get", "/espace-pro/offres/{id}", "Une offre : tous ses champs, sa description, les centres de formation proches"],
    ["post", "/espace-pro/offres/{id}", "Enregistre les modifications de l’offre"],
    ["post", "/espace-pro/offres/{id}/centres", "Transmet l’offre aux centres de formation cochés"],
  ] as const) {
    app.openAPIRegistry.registerPath({
      method,
      path,
      tags: ["Pages (HTML)"],
      summary,
      responses: {
        200: { description: "La page", content: html },
        303: { description: "Vers la page de l’offre (ou la connexion, sans session)" },
        422: { description: "Le formulaire et ses erreurs", content: html },
      },
    });
  }
}
