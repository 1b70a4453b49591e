import { z } from "@hono/zod-openapi";
import {
  CLOSE_OUTCOMES,
  CLOSE_REASONS,
  CONSOLE_TABS,
  CONTRACT_TYPES,
  TARGET_DIPLOMA_LEVELS,
} from "../../application/offer/index.ts";
import { ROME_CODE_PATTERN } from "../../domain/shared/rome-code.ts";
import { EmailSchema, PageQuerySchema } from "./identity.schema.ts";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

// Ranges (duration, openings, dates, lengths) are the domain's rules, answered 400 with the field's path.
const OfferFields = {
  romeCode: z
    .string()
    .trim()
    .regex(ROME_CODE_PATTERN, { error: "Code ROME invalide : une lettre suivie de 4 chiffres (par exemple D1102)." })
    .openapi({ example: "D1102" }),
  appellation: z.string().trim().max(300).nullish().openapi({ example: "Boulanger / Boulangère" }),
  diplomaLevel: z
    .enum(TARGET_DIPLOMA_LEVELS)
    .nullish()
    .openapi({ description: "Niveau visé en fin de formation (3 CAP … 7 Master) ; null : indifférent" }),
  contractTypes: z
    .array(z.enum(CONTRACT_TYPES))
    .max(2)
    .openapi({ example: ["apprentissage"] }),
  startDate: z
    .string()
    .trim()
    .regex(DATE_PATTERN, { error: "Date invalide : le format attendu est AAAA-MM-JJ (par exemple 2027-01-04)." })
    .openapi({ example: "2027-01-04", description: "AAAA-MM-JJ" }),
  durationMonths: z.number().int().openapi({ example: 24, description: "6 à 36 mois" }),
  openings: z.number().int().openapi({ example: 1, description: "1 à 10 postes" }),
  employerDescription: z.string().max(20_000).nullish(),
  workplaceAddress: z
    .string()
    .max(300)
    .nullish()
    .openapi({ description: "Lieu de travail s'il diffère de l'adresse de l'établissement (géocodé)" }),
  contactEmail: EmailSchema.optional().openapi({ description: "Par défaut : l'adresse du membre qui publie" }),
};

export const NewOfferSchema = z
  .object({
    ...OfferFields,
    partnerSiret: z.string().max(40).nullish().openapi({ description: "CFA : SIRET de l'entreprise partenaire" }),
  })
  .openapi("NewOffer");

/** docs/adr/0018: the `version` the client last read; a newer stored one answers 409 CONFLICT. */
const ExpectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: "Version de l'offre lue avant la modification ; si elle a changé depuis : 409 CONFLICT" });

export const OfferChangesSchema = z
  .object({ ...OfferFields, description: z.string().max(20_000).optional() })
  .partial()
  .extend({ version: ExpectedVersion })
  .openapi("OfferChanges");

export const CloseOfferSchema = z
  .object({
    outcome: z.enum(CLOSE_OUTCOMES),
    reason: z.enum(CLOSE_REASONS).nullish(),
    reasonDetail: z.string().max(5000).nullish(),
    /** A filled offer tells the candidates still waiting for an answer, unless this is false. */
    notifyCandidates: z.boolean().optional().openapi({
      description: "Pourvue : prévenir les candidats encore sans réponse (oui par défaut).",
    }),
    version: ExpectedVersion,
  })
  .openapi("CloseOffer");

const WorkplaceSchema = z.object({
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  insee: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

export const OfferSchema = z
  .object({
    id: z.string(),
    status: z.enum(["active", "expired", "filled", "deleted"]),
    title: z.string(),
    romeCode: z.string(),
    romeLabel: z.string(),
    appellation: z.string().nullable(),
    diplomaLevel: z.string().nullable(),
    contractTypes: z.array(z.string()),
    startDate: z.string(),
    durationMonths: z.number().int(),
    openings: z.number().int(),
    description: z.string(),
    employerDescription: z.string().nullable(),
    contactEmail: z.string(),
    workplace: WorkplaceSchema,
    partnerSiret: z.string().nullable(),
    company: z.object({ siret: z.string(), name: z.string() }).nullable(),
    opco: z.object({ code: z.string(), label: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    closeReasonDetail: z.string().nullable(),
    applicationCount: z.number().int(),
    viewUrl: z.string(),
    version: z.number().int().openapi({ description: "Révision enregistrée ; à renvoyer pour modifier (docs/API.md)" }),
  })
  .openapi("Offer");

export const ConsoleQuerySchema = PageQuerySchema.extend({ tab: z.enum(CONSOLE_TABS).default("active") });

export const ConsoleOfferPageSchema = z
  .object({
    items: z.array(OfferSchema.omit({ company: true, opco: true })),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("ConsoleOfferPage");

export const OfferIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const PublicOfferSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    romeCode: z.string(),
    romeLabel: z.string(),
    appellation: z.string().nullable(),
    description: z.string(),
    employerDescription: z.string().nullable(),
    diplomaLevel: z.string().nullable(),
    contractTypes: z.array(z.string()),
    startDate: z.string(),
    durationMonths: z.number().int(),
    openings: z.number().int(),
    publishedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    place: z.object({ city: z.string().nullable(), postcode: z.string().nullable(), insee: z.string().nullable() }),
    employer: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("company"), name: z.string() }),
      z.object({
        kind: z.literal("cfa"),
        name: z.string(),
        contactEmail: z.string(),
        phone: z.string().nullable(),
      }),
    ]),
  })
  .openapi("PublicOffer");

export const ExtendedSchema = z.object({ expiresAt: z.iso.datetime() }).openapi("OfferExtended");

export const OfferActionPreviewSchema = z
  .object({
    purpose: z.enum(["extend", "cfa_contact"]),
    offerId: z.string(),
    offerTitle: z.string(),
    status: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .openapi("OfferActionPreview");

export const OfferActionOutcomeSchema = z
  .object({
    purpose: z.enum(["extend", "cfa_contact"]),
    offerId: z.string(),
    offerTitle: z.string(),
    expiresAt: z.iso.datetime().optional(),
    contact: z.object({ companyName: z.string(), email: z.string(), phone: z.string().nullable() }).optional(),
  })
  .openapi("OfferActionOutcome");

export const NearbyCfaListSchema = z
  .object({
    items: z.array(
      z.object({
        siret: z.string(),
        name: z.string(),
        city: z.string().nullable(),
        distanceKm: z.number(),
        alreadyShared: z.boolean(),
      }),
    ),
  })
  .openapi("NearbyCfaList");

export const CfaSharesSchema = z
  .object({ sirets: z.array(z.string().min(1).max(40)).min(1).max(50) })
  .openapi("CfaShares");

export const CfaSharesDoneSchema = z
  .object({ shared: z.array(z.string()), alreadyShared: z.array(z.string()) })
  .openapi("CfaSharesDone");
