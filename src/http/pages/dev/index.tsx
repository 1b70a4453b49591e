import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { DevUseCases } from "../../routes/dev.routes.ts";
import { MailboxQuerySchema } from "../../schemas/dev.schema.ts";
import { errorPageResponse } from "../error-page.tsx";
import { pageResponse } from "../page-response.ts";
import { MailboxPage } from "./mailbox-page.tsx";

const PATH = "/dev/boite-mail";
const html = { "text/html": { schema: z.string() } };

/** The development pages (mounted in development mode only, like the other /dev routes): the mailbox as a page. */
export function devPageRoutes(useCases: Pick<DevUseCases, "readMailbox">) {
  const app = new OpenAPIHono();
  app.openAPIRegistry.registerPath({
    method: "get",
    path: PATH,
    tags: ["Développement"],
    summary: "La boîte mail de développement en page HTML : messages, liens, pièces jointes",
    request: { query: MailboxQuerySchema },
    responses: {
      200: { description: "Les messages, les plus récents d'abord", content: html },
      400: { description: "Paramètre to invalide", content: html },
    },
  });
  app.get(PATH, async (c) => {
    const query = MailboxQuerySchema.safeParse({ to: c.req.query("to") });
    if (!query.success) {
      const errors = [{ path: "to", message: "Adresse trop longue." }];
      return errorPageResponse(c, { code: "VALIDATION_FAILED", errors });
    }
    const messages = await useCases.readMailbox(query.data);
    const to = query.data.to ?? "";
    return pageResponse(c, 200, <MailboxPage messages={messages} to={to} attachmentUrlOf={attachmentPath} />);
  });
  return app;
}

/** Where an attachment downloads (GET /dev/mailbox/attachments/{id}). */
const attachmentPath = (id: string) => `/dev/mailbox/attachments/${encodeURIComponent(id)}`;
