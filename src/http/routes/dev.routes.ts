import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { MailboxMessage, readMailbox, readMailboxAttachment } from "../../application/messaging/index.ts";
import type { JobRun, runJobNow } from "../../application/scheduling/index.ts";
import type { getDevFixtures } from "../../application/service/index.ts";
import { attachmentDisposition } from "../attachment-disposition.ts";
import { platformProblem } from "../platform-errors.ts";
import { protocolProblem } from "../protocol-errors.ts";
import {
  DevFixturesSchema,
  JobParamsSchema,
  JobQuerySchema,
  JobRunSchema,
  MailboxAttachmentParamsSchema,
  MailboxMessageSchema,
  MailboxQuerySchema,
} from "../schemas/dev.schema.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { validationHook } from "../validation.ts";

const tags = ["Développement"];

const mailboxRoute = createRoute({
  method: "get",
  path: "/dev/mailbox",
  tags,
  summary: "Messages captés par le pilote de messagerie local, les plus récents d'abord",
  request: { query: MailboxQuerySchema },
  responses: {
    200: {
      description: "Les messages",
      content: { "application/json": { schema: z.object({ messages: z.array(MailboxMessageSchema) }) } },
    },
    400: problemContent("Paramètre to invalide"),
  },
});

const attachmentRoute = createRoute({
  method: "get",
  path: "/dev/mailbox/attachments/{id}",
  tags,
  summary: "Télécharge une pièce jointe captée par le pilote de messagerie local (le CV d'une candidature)",
  request: { params: MailboxAttachmentParamsSchema },
  responses: {
    200: {
      description: "Le fichier, avec son type de contenu",
      content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
    },
    404: problemContent("Pièce jointe inconnue (NOT_FOUND)"),
  },
});

const jobRoute = createRoute({
  method: "post",
  path: "/dev/jobs/{name}",
  tags,
  summary: "Exécute une tâche planifiée à l'instant donné et répond quand elle est terminée",
  request: { params: JobParamsSchema, query: JobQuerySchema },
  responses: {
    200: { description: "La tâche a été exécutée", content: { "application/json": { schema: JobRunSchema } } },
    400: problemContent("Paramètre now qui n'est pas une date ISO 8601"),
    404: problemContent("Tâche inconnue (JOB_UNKNOWN)"),
    409: problemContent("La tâche est déjà en cours ailleurs (JOB_BUSY)"),
  },
});

const fixturesRoute = createRoute({
  method: "get",
  path: "/dev/fixtures",
  tags,
  summary: "Valeurs de démonstration connues des adaptateurs hors ligne",
  responses: { 200: { description: "Les valeurs", content: { "application/json": { schema: DevFixturesSchema } } } },
});

/** The development tools: the local mailbox, jobs run on demand, the demo values. */
export type DevUseCases = Readonly<{
  readMailbox: ReturnType<typeof readMailbox>;
  readMailboxAttachment: ReturnType<typeof readMailboxAttachment>;
  runJobNow: ReturnType<typeof runJobNow>;
  getDevFixtures: ReturnType<typeof getDevFixtures>;
}>;

/** Mounted only in development mode (docs/API.md): in production these paths do not exist, hence 404. */
export function devRoutes(useCases: DevUseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(mailboxRoute, async (c) => {
      const messages = await useCases.readMailbox(c.req.valid("query"));
      return c.json({ messages: messages.map((message) => toMessageBody(message, attachmentUrlOf(c))) }, 200);
    })
    .openapi(attachmentRoute, async (c) => {
      const file = await useCases.readMailboxAttachment(c.req.valid("param").id);
      if (!file) return protocolProblem(c, { code: "NOT_FOUND" });
      return c.body(file.content as Uint8Array<ArrayBuffer>, 200, {
        "Content-Type": file.contentType,
        "Content-Disposition": attachmentDisposition(file.filename),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      }) as never;
    })
    .openapi(jobRoute, async (c) => {
      const { now } = c.req.valid("query");
      const result = await useCases.runJobNow({ ...c.req.valid("param"), now: now ? new Date(now) : undefined });
      return result.ok ? c.json(toJobRunBody(result.value), 200) : platformProblem(c, result.error);
    })
    .openapi(fixturesRoute, async (c) => c.json(await useCases.getDevFixtures(), 200));
}

function toMessageBody(message: MailboxMessage, urlOf: (id: string) => string): z.infer<typeof MailboxMessageSchema> {
  const attachments = message.attachments.map(({ id, filename, contentType, size }) => {
    return { filename, contentType, size, url: urlOf(id) };
  });
  return { ...message, attachments, sentAt: message.sentAt.toISOString() };
}

/** Absolute download URL of an attachment, on the origin the listing was asked from. */
const attachmentUrlOf = (c: Context) => (id: string) =>
  new URL(`/dev/mailbox/attachments/${encodeURIComponent(id)}`, c.req.url).toString();

function toJobRunBody(run: JobRun): z.infer<typeof JobRunSchema> {
  return {
    name: run.name,
    now: run.now.toISOString(),
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    summary: run.summary ? { ...run.summary } : null,
  };
}
