import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor } from "../../application/identity/index.ts";
import type { OfferEditInput, OfferUseCases as UseCases } from "../../application/offer/index.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { offerProblem } from "../offer-errors.ts";
import { json } from "../schemas/json-content.ts";
import {
  CfaSharesDoneSchema,
  CfaSharesSchema,
  CloseOfferSchema,
  ConsoleOfferPageSchema,
  ConsoleQuerySchema,
  ExtendedSchema,
  NearbyCfaListSchema,
  NewOfferSchema,
  OfferChangesSchema,
  OfferIdParamSchema,
  OfferSchema,
  PublicOfferSchema,
} from "../schemas/offer.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";
import { newOfferInputOf, toOfferBody, toPublicOfferBody } from "./offer-bodies.ts";

const tags = ["Offres (console)"];
const common = {
  400: problemContent("Membre de plusieurs organisations et pas d'en-tête X-Organisation-Id (ORGANISATION_REQUIRED)"),
  401: problemContent("Non connecté (UNAUTHENTICATED)"),
  403: problemContent("Pas membre de l'organisation indiquée (NOT_A_MEMBER)"),
};
const notFound = problemContent("Offre inconnue ou d'une autre organisation (OFFER_NOT_FOUND)");

const createRouteDef = createRoute({
  method: "post",
  path: "/api/v1/offers",
  tags,
  summary: "Publier une offre (aussitôt en ligne pour 30 jours)",
  security: AUTHENTICATED,
  request: { body: { required: true, content: json(NewOfferSchema) } },
  responses: {
    201: { description: "Offre publiée", content: json(OfferSchema) },
    ...common,
    400: problemContent("Saisie invalide : types, dates, durée (6–36), postes (1–10)…, ou ORGANISATION_REQUIRED"),
    422: problemContent("ROME_UNKNOWN, PARTNER_INVALID, ADDRESS_NOT_FOUND"),
    503: problemContent("Service d'adresses indisponible (UPSTREAM_UNAVAILABLE)"),
  },
});

const consoleListRoute = createRoute({
  method: "get",
  path: "/api/v1/console/offers",
  tags,
  summary: "Mes offres par onglet : en cours, pourvues, expirées (et supprimées)",
  security: AUTHENTICATED,
  request: { query: ConsoleQuerySchema },
  responses: { 200: { description: "Les offres", content: json(ConsoleOfferPageSchema) }, ...common },
});

const consoleOneRoute = createRoute({
  method: "get",
  path: "/api/v1/console/offers/{id}",
  tags,
  summary: "Une de mes offres",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema },
  responses: { 200: { description: "L'offre", content: json(OfferSchema) }, ...common, 404: notFound },
});

const editRoute = createRoute({
  method: "patch",
  path: "/api/v1/offers/{id}",
  tags,
  summary: "Modifier une offre en cours (tous les champs)",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema, body: { required: true, content: json(OfferChangesSchema) } },
  responses: {
    200: { description: "L'offre modifiée", content: json(OfferSchema) },
    ...common,
    400: problemContent("Saisie invalide, ou ORGANISATION_REQUIRED"),
    404: notFound,
    409: problemContent(
      "Offre pourvue ou supprimée (OFFER_CLOSED), expirée (OFFER_EXPIRED), ou modifiée depuis (CONFLICT)",
    ),
    422: problemContent("ROME_UNKNOWN, ADDRESS_NOT_FOUND"),
  },
});

const extendRoute = createRoute({
  method: "post",
  path: "/api/v1/offers/{id}/extend",
  tags,
  summary: "Prolonger une offre (une offre expirée redevient active)",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema },
  responses: {
    200: { description: "Nouvelle date d'expiration", content: json(ExtendedSchema) },
    ...common,
    404: notFound,
    409: problemContent("Offre pourvue ou supprimée (OFFER_CLOSED), ou modifiée au même moment (CONFLICT)"),
  },
});

const closeRoute = createRoute({
  method: "post",
  path: "/api/v1/offers/{id}/close",
  tags,
  summary: "Clôturer une offre : pourvue, ou supprimée avec un motif",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema, body: { required: true, content: json(CloseOfferSchema) } },
  responses: {
    200: { description: "L'offre clôturée", content: json(OfferSchema) },
    ...common,
    400: problemContent("Motif manquant (CLOSE_REASON_REQUIRED…), ou ORGANISATION_REQUIRED"),
    404: notFound,
    409: problemContent("Offre déjà clôturée (OFFER_CLOSED), ou modifiée depuis (CONFLICT)"),
  },
});

const publicRoute = createRoute({
  method: "get",
  path: "/api/v1/offers/{id}",
  tags: ["Offres"],
  summary: "Une offre en ligne, pour les candidats",
  request: { params: OfferIdParamSchema },
  responses: {
    200: { description: "L'offre", content: json(PublicOfferSchema) },
    404: problemContent("Offre inconnue, expirée ou clôturée (OFFER_NOT_FOUND)"),
  },
});

const nearbyRoute = createRoute({
  method: "get",
  path: "/api/v1/offers/{id}/nearby-cfas",
  tags,
  summary: "Centres de formation proches (≤ 100 km, Qualiopi) dont les formations mènent au métier de l'offre",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema },
  responses: { 200: { description: "Les centres", content: json(NearbyCfaListSchema) }, ...common, 404: notFound },
});

const sharesRoute = createRoute({
  method: "post",
  path: "/api/v1/offers/{id}/cfa-shares",
  tags,
  summary: "Transmettre le besoin aux centres de formation choisis",
  security: AUTHENTICATED,
  request: { params: OfferIdParamSchema, body: { required: true, content: json(CfaSharesSchema) } },
  responses: {
    200: { description: "Envois faits", content: json(CfaSharesDoneSchema) },
    ...common,
    404: notFound,
    409: problemContent("Offre hors ligne (OFFER_NOT_ACTIVE)"),
    422: problemContent("Établissement hors de la liste proposée (CFA_NOT_NEARBY)"),
  },
});

export function offerRoutes(useCases: UseCases, auth: ActorMiddleware) {
  /** The offer as its organisation sees it. */
  const managed = async (c: Context, actor: Actor, offerId: string) => {
    const found = await useCases.getManagedOffer({ actor, offerId });
    return found.ok ? c.json(toOfferBody(found.value), 200) : offerProblem(c, found.error);
  };
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi({ ...createRouteDef, middleware: auth }, async (c) => {
      const actor = c.var.actor;
      const body = c.req.valid("json");
      const created = await useCases.createOffer({ actor, offer: newOfferInputOf(body) });
      // docs/API.md: a well-formed ROME code absent from the referential is 422 in writes (404 in look-ups).
      if (!created.ok) {
        const { error } = created;
        return error.code === "ROME_UNKNOWN" ? offerProblem(c, error, 422) : offerProblem(c, error);
      }
      const offerId = created.value.offer.id;
      const found = await useCases.getManagedOffer({ actor, offerId });
      // Created by this actor in this very request: not finding it is a bug (500), not a refusal to declare.
      if (!found.ok) throw new Error(`offer ${offerId} unreadable right after its creation (${found.error.code})`);
      return c.json(toOfferBody(found.value), 201);
    })
    .openapi({ ...consoleListRoute, middleware: auth }, async (c) => {
      const { tab, page, pageSize } = c.req.valid("query");
      const listed = await useCases.listConsoleOffers({ actor: c.var.actor, tab });
      if (!listed.ok) return offerProblem(c, listed.error);
      const items = listed.value.slice((page - 1) * pageSize, page * pageSize).map((item) => {
        const { company: _company, opco: _opco, ...body } = toOfferBody({ ...item, company: null });
        return body;
      });
      return c.json({ items, page, pageSize, total: listed.value.length }, 200);
    })
    .openapi({ ...consoleOneRoute, middleware: auth }, (c) => managed(c, c.var.actor, c.req.valid("param").id))
    .openapi({ ...editRoute, middleware: auth }, async (c) => {
      const actor = c.var.actor;
      const { id } = c.req.valid("param");
      const { version, ...changes } = c.req.valid("json");
      const edited = await useCases.editOffer({
        actor,
        offerId: id,
        changes: withoutNulls(changes),
        expectedVersion: version,
      });
      if (!edited.ok) {
        const { error } = edited;
        return error.code === "ROME_UNKNOWN" ? offerProblem(c, error, 422) : offerProblem(c, error);
      }
      return managed(c, actor, id);
    })
    .openapi({ ...extendRoute, middleware: auth }, async (c) => {
      const extended = await useCases.extendOffer({ actor: c.var.actor, offerId: c.req.valid("param").id });
      if (!extended.ok) return offerProblem(c, extended.error);
      return c.json({ expiresAt: extended.value.expiresAt.toISOString() }, 200);
    })
    .openapi({ ...closeRoute, middleware: auth }, async (c) => {
      const actor = c.var.actor;
      const { id } = c.req.valid("param");
      const { version, notifyCandidates, ...request } = c.req.valid("json");
      const closed = await useCases.closeOffer({
        actor,
        offerId: id,
        request,
        expectedVersion: version,
        ...(notifyCandidates === undefined ? {} : { notifyCandidates }),
      });
      if (!closed.ok) return offerProblem(c, closed.error);
      return managed(c, actor, id);
    })
    .openapi({ ...nearbyRoute, middleware: auth }, async (c) => {
      const listed = await useCases.listNearbyCfas({ actor: c.var.actor, offerId: c.req.valid("param").id });
      return listed.ok ? c.json({ items: [...listed.value] }, 200) : offerProblem(c, listed.error);
    })
    .openapi({ ...sharesRoute, middleware: auth }, async (c) => {
      const { id } = c.req.valid("param");
      const { sirets } = c.req.valid("json");
      const done = await useCases.shareOfferWithCfas({ actor: c.var.actor, offerId: id, sirets });
      if (!done.ok) return offerProblem(c, done.error);
      return c.json({ shared: [...done.value.shared], alreadyShared: [...done.value.alreadyShared] }, 200);
    })
    .openapi(publicRoute, async (c) => {
      const found = await useCases.getPublicOffer({ offerId: c.req.valid("param").id });
      return found.ok ? c.json(toPublicOfferBody(found.value), 200) : offerProblem(c, found.error);
    });
}

/** PATCH: null clears an optional text (appellation, employer description) or the level; other nulls change nothing. */
function withoutNulls(changes: Omit<z.infer<typeof OfferChangesSchema>, "version">): OfferEditInput {
  const { appellation, employerDescription, diplomaLevel, workplaceAddress, contactEmail, ...rest } = changes;
  return {
    ...rest,
    ...(appellation !== undefined ? { appellation } : {}),
    ...(employerDescription !== undefined ? { employerDescription } : {}),
    ...(diplomaLevel !== undefined ? { diplomaLevel } : {}),
    ...(workplaceAddress ? { workplaceAddress } : {}),
    ...(contactEmail ? { contactEmail } : {}),
  };
}
