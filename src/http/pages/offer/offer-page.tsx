import type { Context } from "hono";
import type { PublishedOffer, OfferUseCases as UseCases } from "../../../application/offer/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { Layout } from "../layout.tsx";
import { pageResponse } from "../page-response.ts";
import { CONTRACT_LABELS, diplomaLevelText } from "../site/french-labels.ts";
import { applyHref } from "../site/site-paths.ts";
import { jobPostingJsonLd } from "./job-posting.ts";
import { OfferDescription } from "./offer-description.tsx";

/**
 * `/offres/{id}`: the offer as candidates read it ("voir l'offre en ligne" in the console and the emails),
 * indexable, with its schema.org JobPosting and the "Postuler" button. A closed or expired
 * offer is a 404 page.
 */
export async function offerPage(c: Context, useCases: Pick<UseCases, "getPublicOffer">, offerId: string) {
  const found = await useCases.getPublicOffer({ offerId });
  if (!found.ok) {
    return pageResponse(
      c,
      404,
      <Layout title="Offre introuvable">
        <h1>Offre introuvable</h1>
        <p>Cette offre n’est plus en ligne : elle a été pourvue, retirée ou elle a expiré.</p>
      </Layout>,
    );
  }
  return pageResponse(c, 200, <OfferView published={found.value} />);
}

function OfferView({ published }: Readonly<{ published: PublishedOffer }>) {
  const { offer, employer } = published;
  const title = offer.appellation ?? offer.romeLabel;
  const jsonLd = jobPostingJsonLd(published);
  return (
    <Layout
      title={title}
      indexable
      section="candidate"
      head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
    >
      <h1>{title}</h1>
      <ApplyButton offerId={offer.id} />
      <dl>
        <dt>Employeur</dt>
        <dd>
          {employer.kind === "cfa"
            ? `${employer.name} (centre de formation, pour une entreprise partenaire)`
            : employer.name}
        </dd>
        <dt>Lieu</dt>
        <dd>{[offer.workplace.postcode, offer.workplace.city].filter(Boolean).join(" ") || "Non précisé"}</dd>
        <dt>Contrat</dt>
        <dd>{offer.contractTypes.map((type) => CONTRACT_LABELS[type]).join(", ")}</dd>
        <dt>Début</dt>
        <dd>
          {frenchDate(offer.startDate)}, pour {offer.durationMonths} mois
        </dd>
        <dt>Postes à pourvoir</dt>
        <dd>{frenchCount(offer.openings, "poste")}</dd>
        <dt>Niveau visé</dt>
        <dd>{diplomaLevelText(offer.diplomaLevel)}</dd>
        {employer.kind === "cfa" ? (
          <>
            <dt>Contact</dt>
            <dd>
              {[employer.contactEmail, employer.phone && frenchPhone(employer.phone)].filter(Boolean).join(" · ")}
            </dd>
          </>
        ) : null}
      </dl>
      <h2>Description</h2>
      <OfferDescription text={offer.description} />
      {offer.employerDescription ? (
        <>
          <h2>L’entreprise</h2>
          <OfferDescription text={offer.employerDescription} />
        </>
      ) : null}
      <p>En ligne jusqu’au {frenchDate(offer.expiresAt)}.</p>
      <ApplyButton offerId={offer.id} />
    </Layout>
  );
}

/** Every offer posted here has a contact email: the candidate always applies from the service. */
function ApplyButton({ offerId }: Readonly<{ offerId: string }>) {
  return (
    <p>
      <a class="button" href={applyHref({ kind: "offer", id: offerId })}>
        Postuler
      </a>
    </p>
  );
}
