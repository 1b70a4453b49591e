import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import {
  franceTravailOfferPage,
  type PartnerOffer,
  type PartnerOfferUseCases,
} from "../../application/partner-offer/index.ts";
import { partnerOfferProblem } from "../partner-offer-errors.ts";
import { PartnerOfferDetailSchema, PartnerOfferIdParamSchema } from "../schemas/partner-offer.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const detailRoute = createRoute({
  method: "get",
  path: "/api/v1/partner-offers/{id}",
  tags: ["Offres et entreprises"],
  summary: "Fiche d'une offre France Travail (apprentissage ou professionnalisation)",
  request: { params: PartnerOfferIdParamSchema },
  responses: {
    200: { description: "L'offre", content: { "application/json": { schema: PartnerOfferDetailSchema } } },
    400: problemContent("Identifiant invalide (VALIDATION_FAILED)"),
    404: problemContent("Offre inconnue ou retirée par France Travail (PARTNER_OFFER_NOT_FOUND)"),
  },
});

/** GET /api/v1/partner-offers/{id}: the detail of an active France Travail offer. */
export function partnerOfferRoutes(useCases: Pick<PartnerOfferUseCases, "getPartnerOffer">) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi(detailRoute, async (c) => {
    const result = await useCases.getPartnerOffer(c.req.valid("param").id);
    return result.ok ? c.json(toDetailBody(result.value), 200) : partnerOfferProblem(c, result.error);
  });
}

function toDetailBody(offer: PartnerOffer) {
  const canApply = offer.contactEmail !== null;
  const { label, city, postcode, inseeCode, latitude, longitude } = offer.place;
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    romeCode: offer.romeCode,
    companyName: offer.companyName,
    place: { label, city, postcode, insee: inseeCode, latitude, longitude },
    contractTypes: [...offer.contractTypes],
    diplomaLevel: offer.diplomaLevel,
    createdAt: offer.createdAt.toISOString(),
    canApply,
    applyUrl: canApply ? null : franceTravailOfferPage(offer.id),
  };
}
