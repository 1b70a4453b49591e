import { z } from "@hono/zod-openapi";
import { calendarDaySchema, instantSchema } from "./instant.schema.ts";

const NOW_FORMAT = "Date ou instant ISO 8601 attendu (par exemple 2026-12-01 ou 2026-12-01T08:00:00Z).";

export const MailboxQuerySchema = z.object({
  to: z.string().trim().max(254).optional().openapi({
    example: "candidat@example.com",
    description: "Destinataire (sans distinction de casse) ; absent : tous",
  }),
});

export const MailboxMessageSchema = z
  .object({
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    links: z.array(z.string()).openapi({ description: "Liens http(s) du message, dans l'ordre" }),
    attachments: z.array(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        size: z.number().int().openapi({ description: "Taille en octets" }),
        url: z.url().openapi({ description: "Téléchargement de la pièce jointe (GET /dev/mailbox/attachments/{id})" }),
      }),
    ),
    sentAt: z.iso.datetime(),
  })
  .openapi("MailboxMessage");

export const MailboxAttachmentParamsSchema = z.object({
  id: z
    .string()
    .max(40)
    .openapi({ example: "12-0", param: { name: "id", in: "path" }, description: "Identifiant donné par la liste" }),
});

export const JobParamsSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(100)
    .openapi({ example: "outbox:dispatch", param: { name: "name", in: "path" } }),
});

export const JobQuerySchema = z.object({
  now: z
    .union([instantSchema(NOW_FORMAT), calendarDaySchema(NOW_FORMAT)], { error: NOW_FORMAT })
    .optional()
    .openapi({ example: "2026-12-01T08:00:00Z", description: "Instant ISO 8601 de l'exécution ; absent : maintenant" }),
});

export const JobRunSchema = z
  .object({
    name: z.string(),
    now: z.iso.datetime(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime(),
    summary: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi("JobRun");

export const DevFixturesSchema = z
  .object({ adminEmail: z.string().nullable(), partnerApiKey: z.string().nullable() })
  .catchall(z.union([z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())]))]).nullable())
  .openapi("DevFixtures");
