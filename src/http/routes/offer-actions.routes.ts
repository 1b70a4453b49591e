import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { OfferUseCases as UseCases } from "../../application/offer/index.ts";
import { offerProblem } from "../offer-errors.ts";
import { json } from "../schemas/json-content.ts";
import { LinkTokenParamSchema } from "../schemas/link-token.schema.ts";
import { OfferActionOutcomeSchema, OfferActionPreviewSchema } from "../schemas/offer.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Offres (liens des e-mails)"];
const invalid = problemContent("Lien inconnu, expiré ou déjà utilisé (LINK_INVALID)");

const previewRoute = createRoute({
  method: "get",
  path: "/api/v1/offer-actions/{token}",
  tags,
  summary: "Ce que fera le lien d'un e-mail d'offre (ne change rien)",
  request: { params: LinkTokenParamSchema },
  responses: { 200: { description: "L'action", content: json(OfferActionPreviewSchema) }, 401: invalid },
});

const actRoute = createRoute({
  method: "post",
  path: "/api/v1/offer-actions/{token}",
  tags,
  summary: "Exécuter le lien : prolonger l'offre, ou afficher le contact du recruteur",
  request: { params: LinkTokenParamSchema },
  responses: {
    200: { description: "Fait", content: json(OfferActionOutcomeSchema) },
    401: invalid,
    409: problemContent("L'offre a été modifiée au même moment, rien n'est fait (CONFLICT) : réessayez"),
  },
});

/** The JSON twins of the offer action pages (same token, same rules). */
export function offerActionRoutes(useCases: UseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(previewRoute, async (c) => {
      const preview = await useCases.previewOfferAction(c.req.valid("param"));
      if (!preview.ok) return offerProblem(c, preview.error);
      return c.json({ ...preview.value, expiresAt: preview.value.expiresAt.toISOString() }, 200);
    })
    .openapi(actRoute, async (c) => {
      const acted = await useCases.actOnOfferAction(c.req.valid("param"));
      if (!acted.ok) return offerProblem(c, acted.error);
      const outcome = acted.value;
      return c.json(
        outcome.purpose === "extend"
          ? { ...outcome, expiresAt: outcome.expiresAt.toISOString() }
          : { ...outcome, contact: { ...outcome.contact } },
        200,
      );
    });
}
