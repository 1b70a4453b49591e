import { z } from "@hono/zod-openapi";
import { INTENTIONS, NOTES_MAX_LENGTH, PIPELINE_STATUSES } from "../../application/job-application/index.ts";
import { SIRET_PATTERN } from "../../domain/shared/siret.ts";
import { EmailSchema, NameSchema } from "./identity.schema.ts";
import { PhoneSchema } from "./phone.schema.ts";

/** A candidate's message: a few paragraphs. */
export const APPLICATION_MESSAGE_MAX = 5_000;

const Instant = z.string().openapi({ format: "date-time" });

const TargetIds = {
  offerId: z.string().trim().min(1).max(100).optional(),
  partnerOfferId: z.string().trim().min(1).max(100).optional(),
  companySiret: z.string().trim().regex(SIRET_PATTERN, { error: "SIRET invalide : 14 chiffres." }).optional(),
};

/** The text fields of `POST /api/v1/applications` (multipart/form-data), besides the file `cv`. */
export const ApplicationFieldsSchema = z
  .object({
    ...TargetIds,
    firstName: NameSchema,
    lastName: NameSchema,
    email: EmailSchema,
    phone: z
      .union([z.literal("").transform(() => null), PhoneSchema])
      .optional()
      .transform((value) => value ?? null),
    message: z.string().trim().max(APPLICATION_MESSAGE_MAX).default(""),
  })
  .superRefine((fields, ctx) => {
    const given = [fields.offerId, fields.partnerOfferId, fields.companySiret].filter((id) => id !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["offerId"],
        message: "Indiquez exactement un destinataire : offerId, partnerOfferId ou companySiret.",
      });
    }
  });

/** What the OpenAPI document shows of the multipart body (the route reads it as a stream, not through zod). */
export const ApplicationFormSchema = z
  .object({
    offerId: z.string().optional().openapi({ description: "Une offre publiée ici" }),
    partnerOfferId: z.string().optional().openapi({ description: "Une offre France Travail" }),
    companySiret: z
      .string()
      .optional()
      .openapi({ description: "Une entreprise de l'algorithme (candidature spontanée)" }),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string().optional(),
    message: z.string().optional(),
    cv: z.any().openapi({ type: "string", format: "binary", description: "PDF ou DOCX, 3 Mo au plus" }),
  })
  .openapi("ApplicationForm");

export const ApplicationAcceptedSchema = z.object({ id: z.string() }).openapi("ApplicationAccepted");

const AnswerSchema = z
  .object({ intention: z.enum(INTENTIONS), message: z.string().nullable(), answeredAt: Instant })
  .openapi("ApplicationAnswer");

const TargetSchema = z.object({
  kind: z.enum(["offer", "partner_offer", "company"]),
  id: z.string(),
  title: z.string(),
  companyName: z.string(),
});

/** The application as the company's quick-response link shows it. */
/** What both the company's answer link and the console show of an application. */
const ApplicationSummary = {
  candidate: z
    .object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string().nullable() })
    .openapi("ApplicationCandidate"),
  message: z.string(),
  createdAt: Instant,
  answer: AnswerSchema.nullable(),
};

export const ApplicationForResponseSchema = z
  .object({
    id: z.string(),
    target: TargetSchema,
    ...ApplicationSummary,
    linkExpiresAt: Instant,
  })
  .openapi("ApplicationForResponse");

export const ResponseBodySchema = z
  .object({
    intention: z.enum(INTENTIONS),
    message: z.string().trim().max(APPLICATION_MESSAGE_MAX).nullish(),
  })
  .openapi("ApplicationResponse");

export const ConsoleApplicationSchema = z
  .object({
    id: z.string(),
    ...ApplicationSummary,
    status: z.enum(PIPELINE_STATUSES),
    notes: z.string().nullable(),
    delivery: z.enum(["awaiting_scan", "delivered", "infected"]),
    cv: z
      .object({ filename: z.string(), size: z.number().int(), url: z.string(), urlExpiresAt: Instant })
      .nullable()
      .openapi({
        description:
          "Lien de téléchargement signé, valable quelques minutes ; null pendant l'analyse ou après suppression",
      }),
  })
  .openapi("ConsoleApplication");

export const ConsoleApplicationPageSchema = z
  .object({
    items: z.array(ConsoleApplicationSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("ConsoleApplicationPage");

export const ApplicationChangesSchema = z
  .object({
    status: z.enum(PIPELINE_STATUSES).optional(),
    notes: z.string().max(NOTES_MAX_LENGTH).nullish(),
  })
  .openapi("ApplicationChanges");

export const OfferApplicationParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
  applicationId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "applicationId", in: "path" } }),
});

export const CvTokenParamSchema = z.object({
  token: z
    .string()
    .min(20)
    .max(2000)
    .openapi({ param: { name: "token", in: "path" } }),
});
