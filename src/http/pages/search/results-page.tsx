import type { JobSearchHit, JobSearchPage } from "../../../application/search/index.ts";

type JobSearchTotals = JobSearchPage["totals"];

import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { Layout } from "../layout.tsx";
import { ErrorSummary, type FieldErrors } from "../site/form-controls.tsx";
import { PAGE_SIZE, Pagination } from "../site/pagination.tsx";
import { JobSearchForm, SEARCH_PATHS, SearchTabs, SkipToResults } from "../site/search-form.tsx";
import {
  placeHeading,
  type ResolvedSearch,
  type SearchForm,
  searchHref,
  understoodForm,
} from "../site/search-query.ts";
import { applyHref, detailHref, SITE_PATHS } from "../site/site-paths.ts";

const KIND_LABELS = {
  offer: { badge: "Offre", class: "badge" },
  partner_offer: { badge: "Offre France Travail", class: "badge badge-partner" },
  company: { badge: "Candidature spontanée", class: "badge badge-company" },
} as const;

const KM = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

type ResultsProps = Readonly<{
  form: SearchForm;
  errors?: FieldErrors;
  search?: ResolvedSearch;
  hits?: readonly JobSearchHit[];
  totals?: JobSearchTotals;
  page?: number;
}>;

/** `/recherche`: the form with its filters, then the results in the FAQ's order, per-kind totals and pages. */
export function ResultsPage({ form, errors = {}, search, hits = [], totals, page = 1 }: ResultsProps) {
  const total = totals ? totals.offers + totals.partnerOffers + totals.companies : 0;
  const title = search ? `Alternance ${search.metierLabel} – ${search.place.label}` : "Rechercher une alternance";
  return (
    <Layout title={title} section="candidate" wide scripts={["instant-filters.js", "autocomplete.js"]}>
      <h1>{search ? `${search.metierLabel} : ${frenchCount(total, "résultat")}` : "Rechercher une alternance"}</h1>
      <ErrorSummary errors={errors} />
      <SearchTabs form={search ? understoodForm(form, search) : form} current="jobs" />
      <SkipToResults count={search ? total : 0} noun="résultat" />
      <div class="columns">
        <div>
          <JobSearchForm form={form} errors={errors} filters />
        </div>
        <div>
          {search && totals ? (
            <Results form={form} search={search} hits={hits} totals={totals} page={page} total={total} />
          ) : null}
        </div>
      </div>
    </Layout>
  );
}

function Results({
  form,
  search,
  hits,
  totals,
  page,
  total,
}: Readonly<{
  form: SearchForm;
  search: ResolvedSearch;
  hits: readonly JobSearchHit[];
  totals: JobSearchTotals;
  page: number;
  total: number;
}>) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const chosenRome = form.romes === "" && search.otherMetiers.length > 0;
  const understood = understoodForm(form, search);
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats">{placeHeading(search)}</h2>
      <p class="meta">
        {frenchCount(totals.offers, "offre")} déposée{totals.offers > 1 ? "s" : ""} sur La bonne alternance,{" "}
        {frenchCount(totals.partnerOffers, "offre")} France Travail, {frenchCount(totals.companies, "entreprise")} à qui
        proposer une candidature spontanée. <a href={SITE_PATHS.ranking}>Comment sont classés les résultats</a>
      </p>
      {chosenRome ? (
        <div class="notice">
          {search.severalMetiers ? (
            <p>
              Nous avons cherché les {search.romes.length} métiers du répertoire ROME qui correspondent le mieux à
              {` «\u00a0${search.metierLabel}\u00a0». Pour n’en garder qu’un\u00a0:`}
            </p>
          ) : (
            <p>{`Nous avons cherché le métier «\u00a0${search.metierLabel}\u00a0». Vous pensiez plutôt à\u00a0:`}</p>
          )}
          <ul>
            {search.otherMetiers.map((other) => (
              <li>
                <a
                  href={searchHref(SEARCH_PATHS.jobs, form, {
                    romes: other.romeCode,
                    metier: other.appellation ?? other.romeLabel,
                  })}
                >
                  {other.appellation ?? other.romeLabel}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hits.length === 0 ? (
        <div class="notice">
          <p>Aucun résultat dans ce rayon pour ce métier.</p>
          {search.radiusKm < 200 ? (
            <p>
              <a href={searchHref(SEARCH_PATHS.jobs, understood, { rayon: search.radiusKm < 60 ? "60" : "200" })}>
                Élargir la recherche à {search.radiusKm < 60 ? 60 : 200} km
              </a>
            </p>
          ) : null}
        </div>
      ) : (
        <ul class="results">
          {hits.map((hit) => (
            <ResultCard hit={hit} />
          ))}
        </ul>
      )}
      {pages > 1 ? <Pagination path={SEARCH_PATHS.jobs} form={understood} page={page} pages={pages} /> : null}
    </section>
  );
}

function ResultCard({ hit }: Readonly<{ hit: JobSearchHit }>) {
  const { entry, distanceKm } = hit;
  const kind = KIND_LABELS[entry.kind];
  const where = [entry.place.city, entry.place.postcode].filter(Boolean).join(" ");
  return (
    <li class="card">
      <span class={kind.class}>{kind.badge}</span>
      <h3>
        <a href={detailHref(entry)}>{entry.title}</a>
      </h3>
      <p>{entry.companyName}</p>
      <p class="meta">
        {where ? `${where} – ` : ""}à {KM.format(distanceKm)} km
      </p>
      <ContactWays hit={hit} />
    </li>
  );
}

/** "Postuler" when an application can be sent from here; else the other ways to reach the company. */
function ContactWays({ hit }: Readonly<{ hit: JobSearchHit }>) {
  const { entry } = hit;
  if (entry.canApply) {
    return (
      <p>
        <a class="button" href={applyHref(entry)}>
          Postuler
          <span class="visually-hidden">
            {" "}
            : {entry.title}, {entry.companyName}
          </span>
        </a>
      </p>
    );
  }
  const ways = [
    entry.applyUrl ? (
      <a href={entry.applyUrl} rel="noopener">
        {entry.kind === "partner_offer" ? "Postuler sur France Travail" : "Voir l’annonce"}
      </a>
    ) : null,
    entry.phone ? <a href={`tel:${entry.phone}`}>Appeler le {frenchPhone(entry.phone)}</a> : null,
    entry.website ? (
      <a href={entry.website} rel="noopener">
        Site de l’entreprise
      </a>
    ) : null,
  ].filter(Boolean);
  if (ways.length === 0) return null;
  return (
    <ul class="pagination">
      {ways.map((way) => (
        <li>{way}</li>
      ))}
    </ul>
  );
}
