import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { OfferUseCases } from "../../../../application/offer/index.ts";
import { type Actor, actingOrganisation } from "../../../../domain/identity/actor.ts";
import { CLOSE_OUTCOMES, CLOSE_REASONS } from "../../../../domain/offer/close-reason.ts";
import { errorsAsPages } from "../../html-errors.ts";
import { readPageForm, textOf } from "../../site/page-forms.ts";
import type { SitePageKit } from "../../site/site-kit.ts";
import { sitePageResponse, siteRedirect } from "../../site/site-response.ts";
import { ClosePage } from "./close-page.tsx";
import {
  chooseOrganisation,
  describeRefusal,
  noOrganisation,
  offerGone,
  organisationName,
  refusedAction,
} from "./console-answers.ts";
import { CONSOLE_PATHS, ConsolePage, TABS, type TabSlug } from "./console-page.tsx";

type Deps = Pick<OfferUseCases, "listConsoleOffers" | "getManagedOffer" | "extendOffer" | "closeOffer">;
type ActorEnv = { Variables: { actor: Actor } };

const html = { "text/html": { schema: z.string() } };

/**
 * The recruiter's console in the browser: the offers by tab with their counts, extend, close with its reason.
 * The same use cases as `GET /api/v1/console/offers`, `POST …/extend` and `POST …/close`; every POST answers 303.
 */
export function offerConsolePageRoutes(useCases: Deps, kit: SitePageKit) {
  const app = new OpenAPIHono<ActorEnv>();
  app.use(CONSOLE_PATHS.home, errorsAsPages, kit.pageAuth);
  app.use("/espace-pro/offres/:id/prolonger", errorsAsPages, kit.pageAuth);
  app.use("/espace-pro/offres/:id/cloturer", errorsAsPages, kit.pageAuth);

  app.get(CONSOLE_PATHS.home, async (c) => {
    const acting = actingOrganisation(c.var.actor);
    if (!acting.ok) return acting.error.code === "ORGANISATION_REQUIRED" ? chooseOrganisation(c) : noOrganisation(c);
    const slug = (TABS.find((tab) => tab.slug === c.req.query("onglet"))?.slug ?? "actives") as TabSlug;
    const lists = await Promise.all(
      TABS.map((tab) => useCases.listConsoleOffers({ actor: c.var.actor, tab: tab.tab })),
    );
    const counts = Object.fromEntries(
      TABS.map((tab, index) => [tab.slug, lists[index]?.ok ? lists[index].value.length : 0]),
    );
    const current = lists[TABS.findIndex((tab) => tab.slug === slug)];
    const offers = current?.ok ? current.value : [];
    const page = ConsolePage({
      organisationName: acting.value.displayName,
      isCfa: acting.value.kind === "cfa",
      current: slug,
      counts: counts as Record<TabSlug, number>,
      offers,
      done: c.req.query("fait"),
    });
    return sitePageResponse(c, 200, page);
  });

  app.post("/espace-pro/offres/:id/prolonger", async (c) => {
    const form = await readPageForm(c);
    const version = form.ok ? Number.parseInt(textOf(form.value, "version"), 10) : Number.NaN;
    const extended = await useCases.extendOffer({
      actor: c.var.actor,
      offerId: c.req.param("id"),
      ...(Number.isInteger(version) && { expectedVersion: version }),
    });
    if (!extended.ok) return refusedAction(c, extended.error);
    return siteRedirect(c, `${CONSOLE_PATHS.home}?onglet=actives&fait=prolongee`);
  });

  app.get("/espace-pro/offres/:id/cloturer", async (c) => {
    const found = await useCases.getManagedOffer({ actor: c.var.actor, offerId: c.req.param("id") });
    if (!found.ok) return offerGone(c);
    return sitePageResponse(
      c,
      200,
      ClosePage({ managed: found.value, organisationName: organisationName(c.var.actor) }),
    );
  });

  app.post("/espace-pro/offres/:id/cloturer", async (c) => {
    const offerId = c.req.param("id");
    const found = await useCases.getManagedOffer({ actor: c.var.actor, offerId });
    if (!found.ok) return offerGone(c);
    const form = await readPageForm(c);
    const values = form.ok ? form.value : {};
    const outcome = CLOSE_OUTCOMES.find((value) => value === textOf(values, "outcome"));
    const reason = CLOSE_REASONS.find((value) => value === textOf(values, "reason"));
    const entered = {
      outcome: textOf(values, "outcome"),
      reason: textOf(values, "reason"),
      reasonDetail: textOf(values, "reasonDetail"),
      notifyCandidates: textOf(values, "notifyCandidates") === "oui" ? "oui" : "non",
    };
    const again = (errors: Record<string, string>) =>
      sitePageResponse(
        c,
        422,
        ClosePage({ managed: found.value, organisationName: organisationName(c.var.actor), values: entered, errors }),
      );
    if (!outcome) return again({ outcome: "Choisissez si l’offre est pourvue ou retirée." });
    const version = Number.parseInt(textOf(values, "version"), 10);
    const closed = await useCases.closeOffer({
      actor: c.var.actor,
      offerId,
      request: {
        outcome,
        reason: outcome === "deleted" ? (reason ?? null) : null,
        reasonDetail: entered.reasonDetail || null,
      },
      ...(Number.isInteger(version) && { expectedVersion: version }),
      notifyCandidates: entered.notifyCandidates === "oui",
    });
    if (!closed.ok) {
      const code = closed.error.code;
      if (code === "CLOSE_REASON_REQUIRED") return again({ reason: describeRefusal(closed.error) });
      if (code === "CLOSE_REASON_DETAIL_REQUIRED" || code === "CLOSE_REASON_DETAIL_TOO_LONG") {
        return again({ reasonDetail: describeRefusal(closed.error) });
      }
      return refusedAction(c, closed.error);
    }
    const done = outcome === "filled" ? "pourvue" : "supprimee";
    return siteRedirect(
      c,
      `${CONSOLE_PATHS.home}?onglet=${outcome === "filled" ? "pourvues" : "expirees"}&fait=${done}`,
    );
  });

  for (const [method, path, summary] of [
    [
      "get",
      CONSOLE_PATHS.home,
      "La console : les offres de l’établissement par onglet (actives, pourvues, expirées) et leurs actions",
    ],
    ["post", "/espace-pro/offres/{id}/prolonger", "Prolonge une offre de 30 jours, puis retour à la console"],
    ["get", "/espace-pro/offres/{id}/cloturer", "Clôturer une offre : pourvue ou retirée, et le motif"],
    [
      "post",
      "/espace-pro/offres/{id}/cloturer",
      "Clôture l’offre (les candidats en attente sont prévenus si la case est cochée)",
    ],
  ] as const) {
    app.openAPIRegistry.registerPath({
      method,
      path,
      tags: ["Pages (HTML)"],
      summary,
      responses: {
        200: { description: "La page", content: html },
        303: { description: "Vers la console (ou la connexion, sans session)" },
      },
    });
  }
  return app;
}
