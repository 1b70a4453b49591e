import { type OpenAPIHono, z } from "@hono/zod-openapi";

const html = { "text/html": { schema: z.string() } };

/**
 * Documents an action page in `/openapi.json` (every endpoint is described, docs/API.md), as an HTML page with its
 * statuses; the parent app merges it when it mounts the sub-app with `app.route()`.
 */
export function documentActionPage(app: OpenAPIHono, path: string, summary: string): void {
  const openApiPath = path.replaceAll(/:([^/]+)/g, "{$1}");
  const request = { params: z.object({ token: z.string().openapi({ description: "Jeton du lien reçu par e-mail" }) }) };
  const shared = {
    401: { description: "Lien inconnu, expiré, déjà utilisé ou d’un autre usage (LINK_INVALID)", content: html },
    503: { description: "Service partenaire ou base de données indisponible ; rien n’a été fait", content: html },
  };
  const tags = ["Pages d’action (HTML)"];
  app.openAPIRegistry.registerPath({
    method: "get",
    path: openApiPath,
    tags,
    summary: `${summary} : page de confirmation (aucun effet)`,
    request,
    responses: { 200: { description: "Ce que fera le bouton", content: html }, ...shared },
  });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: openApiPath,
    tags,
    summary: `${summary} : effectue l’action`,
    request,
    responses: {
      200: { description: "Ce qui a été fait", content: html },
      303: { description: "Action faite ; suite ailleurs" },
      400: { description: "Formulaire illisible (corps mal formé, caractère nul) ; rien n’a été fait", content: html },
      422: { description: "Formulaire incomplet ; page de confirmation avec l’erreur", content: html },
      ...shared,
    },
  });
}
