import { z } from "@hono/zod-openapi";
import { ANSWER_INTENTIONS, ANSWER_MESSAGE_MAX } from "../../domain/appointment/answer.ts";
import { APPOINTMENT_PLATFORMS } from "../../domain/appointment/platform.ts";
import { APPLICANT_TYPES, APPOINTMENT_REASONS, REQUEST_LIMITS } from "../../domain/appointment/request.ts";
import { SIRET_PATTERN } from "../../domain/shared/siret.ts";
import { EmailSchema, NameSchema, PageQuerySchema } from "../schemas/identity.schema.ts";
import { PhoneSchema } from "../schemas/phone.schema.ts";

const Instant = z.string().openapi({ format: "date-time" });

export const NewAppointmentSchema = z
  .object({
    trainingId: z.string().trim().min(1).max(200),
    platform: z.enum(APPOINTMENT_PLATFORMS).openapi({ description: "Le site d'où vient le candidat" }),
    firstName: NameSchema,
    lastName: NameSchema,
    email: EmailSchema,
    phone: PhoneSchema,
    applicantType: z.enum(APPLICANT_TYPES),
    reasons: z
      .array(z.enum(APPOINTMENT_REASONS))
      .min(1, { error: "Choisissez au moins un sujet." })
      .max(APPOINTMENT_REASONS.length)
      .openapi({ example: ["modalites", "frais"] }),
    message: z.string().max(REQUEST_LIMITS.messageMax).nullish(),
  })
  .openapi("NewAppointment");

export const AppointmentCreatedSchema = z.object({ id: z.string() }).openapi("AppointmentCreated");

export const AnswerBodySchema = z
  .object({
    intention: z.enum(ANSWER_INTENTIONS),
    message: z
      .string()
      .max(ANSWER_MESSAGE_MAX)
      .nullish()
      .openapi({ description: "Obligatoire pour personalised_answer" }),
  })
  .openapi("AppointmentAnswer");

const AnswerSchema = z.object({
  intention: z.enum(ANSWER_INTENTIONS),
  message: z.string().nullable(),
  answeredAt: Instant,
});

export const AppointmentSchema = z
  .object({
    id: z.string(),
    training: z.object({ id: z.string(), title: z.string() }),
    establishment: z.object({ siret: z.string(), name: z.string() }),
    platform: z.enum(APPOINTMENT_PLATFORMS),
    applicant: z.object({
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      phone: z.string(),
      type: z.enum(APPLICANT_TYPES),
    }),
    reasons: z.array(z.enum(APPOINTMENT_REASONS)),
    message: z.string().nullable(),
    createdAt: Instant,
    answer: AnswerSchema.nullable(),
  })
  .openapi("Appointment");

const AdminAppointmentSchema = AppointmentSchema.extend({
  recipientEmail: z.string(),
  remindedAt: Instant.nullable(),
}).openapi("AdminAppointment");

export const AdminAppointmentPageSchema = z
  .object({
    items: z.array(AdminAppointmentSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .openapi("AdminAppointmentPage");

export const AdminAppointmentQuerySchema = PageQuerySchema.extend({
  siret: z.string().regex(SIRET_PATTERN).optional().openapi({ description: "SIRET formateur" }),
});

export const StatsQuerySchema = z.object({ siret: z.string().regex(SIRET_PATTERN).optional() });

export const AppointmentStatsSchema = z
  .object({
    items: z.array(
      z.object({
        siret: z.string(),
        establishmentName: z.string(),
        requests: z.number().int(),
        answered: z.number().int(),
        responseRate: z.number(),
        medianResponseSeconds: z.number().int().nullable(),
      }),
    ),
  })
  .openapi("AppointmentStats");

const PlatformsSchema = z
  .object({ lba: z.boolean(), onisep: z.boolean(), parcoursup: z.boolean() })
  .openapi("AppointmentPlatforms");

export const SettingsBodySchema = z
  .object({
    platforms: PlatformsSchema,
    contactEmail: EmailSchema.nullish().openapi({
      description: "Adresse qui reçoit les demandes ; absente : inchangée ; null : revenir à la règle du catalogue",
    }),
  })
  .openapi("AppointmentSettingsChange");

export const SiretPathSchema = z.object({
  siret: z
    .string()
    .regex(SIRET_PATTERN, { error: "SIRET invalide : 14 chiffres." })
    .openapi({ param: { name: "siret", in: "path" }, example: "99100002700110" }),
});

export const TrainingPathSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const EstablishmentSettingsSchema = z
  .object({
    siret: z.string(),
    platforms: PlatformsSchema,
    contactEmail: z.string().nullable(),
    updatedAt: Instant,
    trainingCount: z.number().int(),
  })
  .openapi("EstablishmentAppointmentSettings");

export const TrainingSettingsSchema = z
  .object({
    trainingId: z.string(),
    platforms: PlatformsSchema,
    contactEmail: z.string().nullable(),
    updatedAt: Instant,
    recipientEmail: z
      .string()
      .nullable()
      .openapi({ description: "Où vont désormais les demandes venues de La bonne alternance" }),
  })
  .openapi("TrainingAppointmentSettings");

export const InvitationSentSchema = z
  .object({ invitationId: z.string(), recipientEmail: z.string(), expiresAt: Instant })
  .openapi("ParcoursupInvitationSent");

export const ParcoursupActivationSchema = z
  .object({
    siret: z.string(),
    establishmentName: z.string(),
    platforms: PlatformsSchema,
    commitment: z.string(),
    expiresAt: Instant,
  })
  .openapi("ParcoursupActivation");
