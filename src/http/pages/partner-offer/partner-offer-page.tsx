import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { PartnerOfferUseCases } from "../../../application/partner-offer/index.ts";
import { franceTravailOfferPage, type PartnerOffer } from "../../../application/partner-offer/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { errorsAsPages } from "../html-errors.ts";
import { Layout } from "../layout.tsx";
import { CONTRACT_LABELS, diplomaLevelText } from "../site/french-labels.ts";
import { MessagePage } from "../site/message-page.tsx";
import type { SitePageKit } from "../site/site-kit.ts";
import { applyHref } from "../site/site-paths.ts";
import { sitePageResponse } from "../site/site-response.ts";

const PATH = "/offres-france-travail/:id";

/**
 * `/offres-france-travail/{id}`: a France Travail offer as the daily sync copied it, its source named and linked.
 * "Postuler" when France Travail gave the recruiter's email, else the way to apply on France Travail's site. Not
 * indexed: the offer's own page is France Travail's. A withdrawn or unknown offer is a 404 page.
 */
export function partnerOfferPageRoutes(useCases: Pick<PartnerOfferUseCases, "getPartnerOffer">, _kit: SitePageKit) {
  const app = new OpenAPIHono();
  app.get(PATH, errorsAsPages, async (c) => {
    const found = await useCases.getPartnerOffer(c.req.param("id"));
    if (!found.ok)
      return sitePageResponse(
        c,
        404,
        <MessagePage
          title="Offre introuvable"
          section="candidate"
          lines={["Cette offre n’est plus en ligne : France Travail l’a retirée, ou l’adresse est incomplète."]}
        />,
      );
    return sitePageResponse(c, 200, <PartnerOfferPage offer={found.value} />, "public");
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/offres-france-travail/{id}",
    tags: ["Pages (HTML)"],
    summary: "Une offre France Travail : sa description, sa source et la façon d’y postuler",
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: "L’offre", content: { "text/html": { schema: z.string() } } },
      404: { description: "Offre inconnue ou retirée", content: { "text/html": { schema: z.string() } } },
    },
  });
  return app;
}

function PartnerOfferPage({ offer }: Readonly<{ offer: PartnerOffer }>) {
  const where = offer.place.label ?? ([offer.place.postcode, offer.place.city].filter(Boolean).join(" ") || null);
  return (
    <Layout title={offer.title} section="candidate">
      <span class="badge badge-partner">Offre France Travail</span>
      <h1>{offer.title}</h1>
      <HowToApply offer={offer} />
      <dl>
        <dt>Entreprise</dt>
        <dd>{offer.companyName ?? "Non communiquée par France Travail"}</dd>
        <dt>Lieu</dt>
        <dd>{where ?? "Non précisé"}</dd>
        <dt>Contrat</dt>
        <dd>{offer.contractTypes.map((type) => CONTRACT_LABELS[type]).join(", ")}</dd>
        <dt>Niveau visé</dt>
        <dd>{diplomaLevelText(offer.diplomaLevel)}</dd>
        <dt>Publiée le</dt>
        <dd>{frenchDate(offer.createdAt)}</dd>
      </dl>
      <h2>Description</h2>
      {offer.description
        .split(/\n+/)
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .map((line) => (
          <p>{line}</p>
        ))}
      <h2>Source</h2>
      <p>
        Cette offre est publiée par France Travail ; nous la recopions chaque jour (mise à jour le{" "}
        {frenchDate(offer.updatedAt)}).{" "}
        <a href={franceTravailOfferPage(offer.id)} rel="noopener">
          Voir l’offre sur le site de France Travail
        </a>
      </p>
    </Layout>
  );
}

function HowToApply({ offer }: Readonly<{ offer: PartnerOffer }>) {
  if (offer.contactEmail !== null) {
    return (
      <p>
        <a class="button" href={applyHref({ kind: "partner_offer", id: offer.id })}>
          Postuler
        </a>
      </p>
    );
  }
  return (
    <p>
      <a class="button" href={franceTravailOfferPage(offer.id)} rel="noopener">
        Postuler sur France Travail
      </a>
    </p>
  );
}
