import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { OfferUseCases as UseCases } from "../../../application/offer/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { err, ok } from "../../../domain/shared/result.ts";
import { errorsAsPages } from "../html-errors.ts";
import { type ActionPage, actionPageRoutes, type ConfirmView, type ResultView } from "../index.ts";
import { offerPage } from "./offer-page.tsx";

type Deps = Pick<UseCases, "previewOfferAction" | "actOnOfferAction" | "getPublicOffer" | "listSitemapOffers">;

/**
 * The pages offer emails link to (docs/API.md "Action pages"): extend an offer from a reminder or the expiry email,
 * and, for a training centre an offer was shared with, see the recruiter's contact. GET shows, POST acts.
 */
export function offerPageRoutes(useCases: Deps) {
  const app = new OpenAPIHono();
  for (const page of [extendPage(useCases), contactPage(useCases)]) {
    app.route("/", actionPageRoutes(page));
  }
  app.get("/offres/:id", errorsAsPages, (c) => offerPage(c, useCases, c.req.param("id")));
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/offres/{id}",
    tags: ["Pages (HTML)"],
    summary: "Une offre en ligne, page lisible par les candidats (lien « voir l’offre en ligne »)",
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: "L'offre", content: { "text/html": { schema: z.string() } } },
      404: { description: "Offre inconnue, expirée ou clôturée", content: { "text/html": { schema: z.string() } } },
    },
  });
  app.get("/sitemap.xml", async (c) => {
    const entries = await useCases.listSitemapOffers();
    return c.body(sitemapXml(entries), 200, { "Content-Type": "application/xml; charset=utf-8" });
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/sitemap.xml",
    tags: ["Pages (HTML)"],
    summary: "Plan du site (protocole sitemaps.org) : la page de chaque offre en ligne",
    responses: { 200: { description: "Le plan", content: { "application/xml": { schema: z.string() } } } },
  });
  return app;
}

/** sitemaps.org 0.9: one `<url>` per online offer, its last change as `lastmod` (W3C datetime). */
function sitemapXml(entries: readonly Readonly<{ url: string; lastModified: Date }>[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(entry.url)}</loc><lastmod>${entry.lastModified.toISOString()}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>\n`;
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** The offer kept changing while the link was used (docs/adr/0018): nothing was done, the link still works. */
const changedMeanwhile: ResultView = {
  kind: "page",
  title: "Offre en cours de modification",
  message: [
    "Cette offre vient d’être modifiée au même moment : rien n’a été fait et votre lien reste valable.",
    "Revenez en arrière et appuyez de nouveau sur le bouton.",
  ],
};

function extendPage(useCases: Deps): ActionPage {
  return {
    path: "/offres/prolonger/:token",
    summary: "Prolonger une offre",
    load: async (token) => {
      const preview = await useCases.previewOfferAction({ token, purpose: "extend" });
      if (!preview.ok) return preview;
      const { offerTitle, status, expiresAt } = preview.value;
      const view: ConfirmView = {
        title: "Prolonger votre offre",
        intro: [
          status === "expired"
            ? "Cette offre a expiré : elle n’est plus visible des candidats. La prolonger la remet en ligne."
            : "Cette offre arrive bientôt à expiration. La prolonger la garde en ligne 30 jours à compter d’aujourd’hui.",
        ],
        details: [
          { term: "Offre", value: offerTitle },
          { term: status === "expired" ? "Expirée le" : "En ligne jusqu’au", value: frenchDate(expiresAt) },
        ],
        submitLabel: "Prolonger l’offre",
      };
      return ok(view);
    },
    act: async (token) => {
      const acted = await useCases.actOnOfferAction({ token, purpose: "extend" });
      if (!acted.ok) return acted.error.code === "CONFLICT" ? ok(changedMeanwhile) : err(acted.error);
      if (acted.value.purpose !== "extend") return err({ code: "LINK_INVALID", reason: "wrong_purpose" });
      const view: ResultView = {
        kind: "page",
        title: "Offre prolongée",
        message: [
          `Votre offre « ${acted.value.offerTitle} » est en ligne jusqu’au ${frenchDate(acted.value.expiresAt)}.`,
          "Nous vous écrirons à nouveau avant cette date.",
        ],
      };
      return ok(view);
    },
  };
}

function contactPage(useCases: Deps): ActionPage {
  return {
    path: "/offres/contact/:token",
    summary: "Coordonnées du recruteur d'une offre transmise à un CFA",
    load: async (token) => {
      const preview = await useCases.previewOfferAction({ token, purpose: "cfa_contact" });
      if (!preview.ok) return preview;
      return ok({
        title: "Contacter le recruteur",
        intro: [
          "Une entreprise vous a transmis son besoin de recrutement en alternance.",
          "Affichez ses coordonnées pour lui proposer des candidats. Ce lien ne sert qu’une fois : notez-les.",
        ],
        details: [{ term: "Offre", value: preview.value.offerTitle }],
        submitLabel: "Afficher les coordonnées",
      });
    },
    act: async (token) => {
      const acted = await useCases.actOnOfferAction({ token, purpose: "cfa_contact" });
      if (!acted.ok) return acted.error.code === "CONFLICT" ? ok(changedMeanwhile) : err(acted.error);
      if (acted.value.purpose !== "cfa_contact") return err({ code: "LINK_INVALID", reason: "wrong_purpose" });
      const { contact, offerTitle } = acted.value;
      return ok({
        kind: "page",
        title: "Coordonnées du recruteur",
        message: [
          `Offre : ${offerTitle}`,
          `Entreprise : ${contact.companyName}`,
          `E-mail : ${contact.email}`,
          ...(contact.phone ? [`Téléphone : ${frenchPhone(contact.phone)}`] : []),
        ],
      });
    },
  };
}
