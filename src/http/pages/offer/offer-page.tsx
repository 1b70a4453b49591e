import type { Context } from "hono";
import type { PublicOffer } from "../../../application/offer/index.ts";
import type { UseCases } from "../../use-cases.ts";
import { Layout, Paragraphs } from "../layout.tsx";
import { pageResponse } from "../page-response.ts";

const PARIS_DAY = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "long" });
const CONTRACT_LABELS: Readonly<Record<string, string>> = {
  apprentissage: "Contrat d'apprentissage",
  professionnalisation: "Contrat de professionnalisation",
};

/**
 * `/offres/{id}`: the offer as candidates read it ("voir l'offre en ligne" in the console and the emails), a
 * plain French page until the web front exists. A closed or expired offer is a 404 page.
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

function OfferView({ published }: Readonly<{ published: PublicOffer }>) {
  const { offer, employer } = published;
  const title = offer.appellation ?? offer.romeLabel;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
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
        <dd>{offer.contractTypes.map((type) => CONTRACT_LABELS[type] ?? type).join(", ")}</dd>
        <dt>Début</dt>
        <dd>
          {PARIS_DAY.format(new Date(`${offer.startDate}T12:00:00Z`))}, pour {offer.durationMonths} mois
        </dd>
        <dt>Postes</dt>
        <dd>{offer.openings}</dd>
        <dt>Niveau visé</dt>
        <dd>{offer.diplomaLevel ? `Niveau ${offer.diplomaLevel}` : "Indifférent"}</dd>
        {employer.kind === "cfa" ? (
          <>
            <dt>Contact</dt>
            <dd>{[employer.contactEmail, employer.phone].filter(Boolean).join(" · ")}</dd>
          </>
        ) : null}
      </dl>
      <h2>Description</h2>
      <Paragraphs lines={offer.description.split("\n").filter((line) => line.trim() !== "")} />
      {offer.employerDescription ? (
        <>
          <h2>L’entreprise</h2>
          <Paragraphs lines={[offer.employerDescription]} />
        </>
      ) : null}
      <p>En ligne jusqu’au {PARIS_DAY.format(offer.expiresAt)}.</p>
    </Layout>
  );
}
