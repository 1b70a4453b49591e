import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { TrainingUseCases } from "../../application/training/index.ts";
import { placeQueryOf } from "../schemas/place.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import {
  EstablishmentMatchSchema,
  EstablishmentQuerySchema,
  TrainingDetailQuerySchema,
  TrainingDetailSchema,
  TrainingIdParamSchema,
  TrainingSearchPageSchema,
  TrainingSearchQuerySchema,
} from "../schemas/training.schema.ts";
import { trainingProblem } from "../training-errors.ts";
import { validationHook } from "../validation.ts";
import { toEstablishmentBody, toTrainingDetailBody, toTrainingSearchItemBody } from "./training-bodies.ts";

const tags = ["Formations"];

const searchRoute = createRoute({
  method: "get",
  path: "/api/v1/trainings/search",
  tags,
  summary: "Formations en apprentissage préparant à des métiers ROME, autour d'un lieu",
  request: { query: TrainingSearchQuerySchema },
  responses: {
    200: {
      description: "Une page, les plus proches d'abord",
      content: { "application/json": { schema: TrainingSearchPageSchema } },
    },
    400: problemContent("Paramètre invalide (VALIDATION_FAILED), ROME_UNKNOWN, PLACE_UNKNOWN"),
  },
});

const detailRoute = createRoute({
  method: "get",
  path: "/api/v1/trainings/{id}",
  tags,
  summary: "Fiche d'une formation, avec la source de chaque information",
  request: { params: TrainingIdParamSchema, query: TrainingDetailQuerySchema },
  responses: {
    200: { description: "La formation", content: { "application/json": { schema: TrainingDetailSchema } } },
    400: problemContent("Paramètre invalide (VALIDATION_FAILED)"),
    404: problemContent("Formation inconnue, retirée du catalogue ou non référencée (TRAINING_NOT_FOUND)"),
  },
});

const establishmentsRoute = createRoute({
  method: "get",
  path: "/api/v1/training-establishments",
  tags,
  summary: "Trouver son établissement (et son SIRET) dans le catalogue avant de s'inscrire",
  request: { query: EstablishmentQuerySchema },
  responses: {
    200: {
      description: "Au plus 20 établissements formateurs, les codes exacts d'abord",
      content: { "application/json": { schema: z.object({ items: z.array(EstablishmentMatchSchema) }) } },
    },
    400: problemContent("Paramètre q absent ou hors de 2 à 100 caractères"),
  },
});

/** The public training reads (docs/API.md "Search", "Other public writes"). */
export function trainingRoutes(
  useCases: Pick<TrainingUseCases, "searchTrainings" | "getTraining" | "findTrainingEstablishments">,
) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(searchRoute, async (c) => {
      const { romes, radius, diplomaLevel, page, pageSize, ...place } = c.req.valid("query");
      const result = await useCases.searchTrainings({
        romes,
        place: placeQueryOf(place),
        radiusKm: radius,
        diplomaLevel: diplomaLevel ?? null,
        page,
        pageSize,
      });
      if (!result.ok) return trainingProblem(c, result.error, 400);
      return c.json({ ...result.value, items: result.value.items.map(toTrainingSearchItemBody) }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const { id } = c.req.valid("param");
      const result = await useCases.getTraining({ id, platform: c.req.valid("query").platform });
      return result.ok ? c.json(toTrainingDetailBody(result.value), 200) : trainingProblem(c, result.error);
    })
    .openapi(establishmentsRoute, async (c) => {
      const items = await useCases.findTrainingEstablishments(c.req.valid("query"));
      return c.json({ items: items.map(toEstablishmentBody) }, 200);
    });
}
