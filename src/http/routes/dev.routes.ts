import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { MailboxMessage, readMailbox } from "../../application/messaging/index.ts";
import type { JobRun, runJobNow } from "../../application/scheduling/index.ts";
import type { getDevFixtures } from "../../application/service/index.ts";
import { platformProblem } from "../platform-errors.ts";
import {
  DevFixturesSchema,
  JobParamsSchema,
  JobQuerySchema,
  JobRunSchema,
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
  runJobNow: ReturnType<typeof runJobNow>;
  getDevFixtures: ReturnType<typeof getDevFixtures>;
}>;

/** Mounted only in development mode (docs/API.md): in production these paths do not exist, hence 404. */
export function devRoutes(useCases: DevUseCases) {
  return new OpenAPIHono({ defaultHook: validationHook })
    .openapi(mailboxRoute, async (c) => {
      const messages = await useCases.readMailbox(c.req.valid("query"));
      return c.json({ messages: messages.map(toMessageBody) }, 200);
    })
    .openapi(jobRoute, async (c) => {
      const { now } = c.req.valid("query");
      const result = await useCases.runJobNow({ ...c.req.valid("param"), now: now ? new Date(now) : undefined });
      return result.ok ? c.json(toJobRunBody(result.value), 200) : platformProblem(c, result.error);
    })
    .openapi(fixturesRoute, async (c) => c.json(await useCases.getDevFixtures(), 200));
}

function toMessageBody(message: MailboxMessage): z.infer<typeof MailboxMessageSchema> {
  return { ...message, attachments: [...message.attachments], sentAt: message.sentAt.toISOString() };
}

function toJobRunBody(run: JobRun): z.infer<typeof JobRunSchema> {
  return {
    name: run.name,
    now: run.now.toISOString(),
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    summary: run.summary ? { ...run.summary } : null,
  };
}
