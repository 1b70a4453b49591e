import { z } from "@hono/zod-openapi";
import { PLACE_QUERY_FIELDS, refinePlace } from "./place.schema.ts";
import { DIPLOMA_LEVELS, romeList } from "./rome-list.schema.ts";

export const TrainingSearchQuerySchema = z
  .object({
    romes: romeList.openapi({
      type: "string",
      example: "D1401,D1402",
      description: "1 à 20 codes ROME séparés par des virgules",
    }),
    ...PLACE_QUERY_FIELDS,
    diplomaLevel: z.enum(DIPLOMA_LEVELS).optional().openapi({ description: "Ce niveau et les formations sans niveau" }),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(refinePlace);

export const TrainingIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(400)
    .openapi({ param: { name: "id", in: "path" }, example: "MDg2OTE0UDAxMjEz" }),
});

export const TrainingDetailQuerySchema = z.object({
  platform: z
    .enum(["lba", "onisep", "parcoursup"])
    .default("lba")
    .openapi({ description: "Le site d'où vient le candidat (la prise de rendez-vous y est-elle ouverte ?)" }),
});

export const EstablishmentQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .openapi({ example: "0693306U", description: "Raison sociale, UAI, intitulé, RNCP ou CFD" }),
});

const SearchPlaceSchema = z.object({
  city: z.string().nullable(),
  postcode: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
});

export const TrainingSearchItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    diplomaLevel: z.enum(DIPLOMA_LEVELS).nullable(),
    establishmentName: z.string(),
    place: SearchPlaceSchema.nullable(),
    distanceKm: z.number().nullable().openapi({ description: "null sans lieu de recherche" }),
    appointmentAvailable: z.boolean(),
  })
  .openapi("TrainingSearchItem");

export const TrainingSearchPageSchema = z
  .object({
    items: z.array(TrainingSearchItemSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("TrainingSearchPage");

const AddressSchema = z.object({
  street: z.string(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  insee: z.string().nullable(),
});

const SOURCE = z.enum(["BCN", "INSEE", "Carif-Oref"]);

export const TrainingDetailSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    diplomaLevel: z.enum(DIPLOMA_LEVELS).nullable(),
    cfd: z.string().nullable(),
    rncp: z.string().nullable(),
    romeCodes: z.array(z.string()),
    establishment: z.object({
      siret: z.string(),
      uai: z.string().nullable(),
      name: z.string(),
      address: AddressSchema,
    }),
    responsible: z.object({ siret: z.string(), uai: z.string().nullable(), name: z.string() }),
    place: SearchPlaceSchema.extend({ street: z.string().nullable(), insee: z.string().nullable() }).nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    contactEmail: z
      .string()
      .nullable()
      .openapi({ description: "Où écrire à l'établissement à propos de cette formation" }),
    objectives: z.string().nullable(),
    sessions: z.array(z.object({ start: z.string(), end: z.string().nullable() })),
    sources: z.object({
      title: SOURCE,
      diplomaLevel: SOURCE,
      establishmentName: SOURCE,
      address: SOURCE,
      phone: SOURCE,
      website: SOURCE,
      objectives: SOURCE,
      sessions: SOURCE,
    }),
    appointment: z.object({ available: z.boolean(), platforms: z.array(z.string()) }),
  })
  .openapi("TrainingDetail");

export const EstablishmentMatchSchema = z
  .object({
    siret: z.string(),
    name: z.string(),
    uai: z.string().nullable(),
    city: z.string().nullable(),
    qualiopi: z.boolean(),
  })
  .openapi("TrainingEstablishment");

export const TrainingFeedPageSchema = z
  .object({
    items: z.array(
      TrainingDetailSchema.extend({ status: z.enum(["active", "removed"]), updatedAt: z.iso.datetime() }).openapi(
        "PartnerFeedTraining",
      ),
    ),
    nextCursor: z.string().nullable(),
    hasMore: z.boolean(),
  })
  .openapi("PartnerTrainingFeedPage");
