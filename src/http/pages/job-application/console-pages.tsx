import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type JobApplicationUseCases, PIPELINE_STATUSES } from "../../../application/job-application/index.ts";
import { type Actor, actingOrganisation } from "../../../domain/identity/actor.ts";
import { jobApplicationCatalogue } from "../../job-application-errors.ts";
import { errorsAsPages } from "../html-errors.ts";
import type { FieldErrors } from "../site/form-controls.tsx";
import { MessagePage } from "../site/message-page.tsx";
import { readPageForm, textOf } from "../site/page-forms.ts";
import { refusalTextIn } from "../site/refusal-text.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { sitePageResponse, siteRedirect } from "../site/site-response.ts";
import { ApplicationsPage, CONSOLE_APPLICATION_PATHS } from "./console-view.tsx";

type Deps = Pick<JobApplicationUseCases, "listOfferApplications" | "updateApplication">;
type ActorEnv = { Variables: { actor: Actor } };

const PAGE_SIZE = 50;
const sentenceOf = refusalTextIn(jobApplicationCatalogue);
const isStatus = (value: string): value is (typeof PIPELINE_STATUSES)[number] =>
  (PIPELINE_STATUSES as readonly string[]).includes(value);

/**
 * The applications of an offer in the recruiter's space (the page the application emails link to): the same use
 * cases as `GET /api/v1/offers/{id}/applications` and `PATCH …/{applicationId}`; each card's form saves its status
 * and notes (303 back to the card). The CV links are the API's signed, short-lived download links.
 */
export function applicationConsolePageRoutes(useCases: Deps, kit: SitePageKit) {
  const app = new OpenAPIHono<ActorEnv>();
  app.use("/espace-pro/offres/:id/candidatures", errorsAsPages, kit.pageAuth);
  app.use("/espace-pro/offres/:id/candidatures/:applicationId", errorsAsPages, kit.pageAuth);

  app.get("/espace-pro/offres/:id/candidatures", (c) =>
    listPage(c, c.req.param("id"), 200, c.req.query("fait") === "enregistree"),
  );

  app.post("/espace-pro/offres/:id/candidatures/:applicationId", async (c) => {
    const offerId = c.req.param("id");
    const applicationId = c.req.param("applicationId");
    const read = await readPageForm(c);
    const status = read.ok ? textOf(read.value, `statut-${applicationId}`) : "";
    const notes = read.ok ? textOf(read.value, `notes-${applicationId}`) : "";
    const updated = await useCases.updateApplication({
      actor: c.var.actor,
      offerId,
      applicationId,
      changes: { ...(isStatus(status) ? { status } : {}), notes },
    });
    if (updated.ok) {
      return siteRedirect(
        c,
        `${CONSOLE_APPLICATION_PATHS.list(offerId)}?fait=enregistree#candidature-${encodeURIComponent(applicationId)}`,
      );
    }
    const { error } = updated;
    if (error.code === "APPLICATION_NOT_FOUND") return notFound(c);
    const field = error.code === "NOTES_TOO_LONG" ? `notes-${applicationId}` : `statut-${applicationId}`;
    return listPage(c, offerId, error.code === "NOTES_TOO_LONG" ? 422 : 409, false, {
      applicationId,
      errors: { [field]: sentenceOf(error) },
    });
  });

  async function listPage(
    c: Context<ActorEnv>,
    offerId: string,
    status: 200 | 409 | 422,
    saved: boolean,
    refused?: Readonly<{ applicationId: string; errors: FieldErrors }>,
  ) {
    const listed = await useCases.listOfferApplications({ actor: c.var.actor, offerId, page: 1, pageSize: PAGE_SIZE });
    if (!listed.ok) return notFound(c);
    const acting = actingOrganisation(c.var.actor);
    const page = (
      <ApplicationsPage
        organisationName={acting.ok ? acting.value.displayName : c.var.actor.email}
        offerId={offerId}
        items={listed.value.items}
        total={listed.value.total}
        saved={saved ? "enregistree" : undefined}
        refused={refused}
      />
    );
    return sitePageResponse(c, status, page);
  }

  documentPages(app);
  return app;
}

/** An unknown offer or another organisation's: the same 404, nothing revealed. */
function notFound(c: Context<ActorEnv>) {
  const lines = ["Cette offre n’existe pas ou n’appartient pas à votre structure."];
  return sitePageResponse(c, 404, <MessagePage title="Offre introuvable" section="pro" lines={lines} />);
}

function documentPages(app: OpenAPIHono<ActorEnv>) {
  const html = { "text/html": { schema: z.string() } };
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/espace-pro/offres/{id}/candidatures",
    tags: ["Pages (HTML)"],
    summary: "Les candidatures reçues sur une offre : contact, message, CV, statut et notes",
    responses: {
      200: { description: "La page", content: html },
      303: { description: "Vers la connexion, sans session" },
      404: { description: "Offre inconnue ou d’une autre structure", content: html },
    },
  });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/espace-pro/offres/{id}/candidatures/{applicationId}",
    tags: ["Pages (HTML)"],
    summary: "Enregistre le statut et les notes d’une candidature",
    responses: {
      303: { description: "Vers la liste, sur la candidature" },
      409: { description: "Changement de statut impossible", content: html },
      422: { description: "Notes trop longues", content: html },
    },
  });
}
