import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { TrainingSearchItem, TrainingUseCases } from "../../../application/training/index.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { errorsAsPages } from "../html-errors.ts";
import { Layout } from "../layout.tsx";
import { ErrorSummary, type FieldErrors } from "../site/form-controls.tsx";
import { diplomaLevelText } from "../site/french-labels.ts";
import { PAGE_SIZE, Pagination } from "../site/pagination.tsx";
import { JobSearchForm, SEARCH_PATHS, SearchTabs, SkipToResults } from "../site/search-form.tsx";
import {
  placeHeading,
  placeQueryOf,
  type ReferentialLookups,
  type ResolvedSearch,
  readSearchForm,
  resolveSearch,
  type SearchForm,
  searchHref,
  understoodForm,
} from "../site/search-query.ts";
import type { SitePageKit } from "../site/site-kit.ts";
import { appointmentHref, trainingHref } from "../site/site-paths.ts";
import { sitePageResponse } from "../site/site-response.ts";

const KM = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/**
 * `/recherche/formations`: the same search form as the job results (the search context's pages), the trainings of
 * the catalogue preparing the métier, nearest first, with "Prendre rendez-vous" where the service is on.
 */
export function trainingSearchPageRoutes(
  useCases: Pick<TrainingUseCases, "searchTrainings">,
  _kit: SitePageKit,
  lookups: ReferentialLookups,
) {
  const app = new OpenAPIHono();
  app.get(SEARCH_PATHS.trainings, errorsAsPages, async (c) => {
    const query = new URL(c.req.url).searchParams;
    const form = readSearchForm(query);
    const resolved = await resolveSearch(form, lookups);
    if (!resolved.ok) return sitePageResponse(c, 422, <TrainingResultsPage form={form} errors={resolved.errors} />);
    const search = resolved.value;
    const page = Math.min(Math.max(Number.parseInt(query.get("page") ?? "1", 10) || 1, 1), 500);
    const result = await useCases.searchTrainings({
      romes: search.romes,
      place: placeQueryOf(search),
      radiusKm: search.radiusKm,
      diplomaLevel: search.diplomaLevel,
      page,
      pageSize: PAGE_SIZE,
    });
    if (!result.ok) {
      const errors: FieldErrors =
        result.error.code === "PLACE_UNKNOWN"
          ? { lieu: "Nous ne trouvons pas ce lieu : indiquez une ville ou un code postal." }
          : { metier: "Ce métier n’existe pas dans le répertoire ROME : choisissez-en un dans la liste." };
      return sitePageResponse(c, 422, <TrainingResultsPage form={form} errors={errors} />);
    }
    const { items, total } = result.value;
    const view = <TrainingResultsPage form={form} search={search} items={items} total={total} page={page} />;
    return sitePageResponse(c, 200, view, "public");
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: SEARCH_PATHS.trainings,
    tags: ["Pages (HTML)"],
    summary: "Résultats d’une recherche de formations en apprentissage (métier, lieu, rayon, niveau, page)",
    responses: {
      200: { description: "La page", content: { "text/html": { schema: z.string() } } },
      422: { description: "Métier ou lieu manquant ou inconnu", content: { "text/html": { schema: z.string() } } },
    },
  });
  return app;
}

type PageProps = Readonly<{
  form: SearchForm;
  errors?: FieldErrors;
  search?: ResolvedSearch;
  items?: readonly TrainingSearchItem[];
  total?: number;
  page?: number;
}>;

function TrainingResultsPage({ form, errors = {}, search, items = [], total = 0, page = 1 }: PageProps) {
  const title = search ? `Formations ${search.metierLabel} – ${search.place.label}` : "Rechercher une formation";
  const understood = search ? understoodForm(form, search) : form;
  return (
    <Layout title={title} section="candidate" wide scripts={["instant-filters.js", "autocomplete.js"]}>
      <h1>{search ? `${search.metierLabel} : ${frenchCount(total, "formation")}` : "Rechercher une formation"}</h1>
      <ErrorSummary errors={errors} />
      <SearchTabs form={understood} current="trainings" />
      <SkipToResults count={search ? total : 0} noun="formation" />
      <div class="columns">
        <div>
          <JobSearchForm form={form} errors={errors} filters target="trainings" />
        </div>
        <div>
          {search ? (
            <section aria-labelledby="resultats">
              <h2 id="resultats">{placeHeading(search)}</h2>
              {items.length === 0 ? (
                <div class="notice">
                  <p>Aucune formation en apprentissage dans ce rayon pour ce métier.</p>
                  {search.radiusKm < 200 ? (
                    <p>
                      <a href={searchHref(SEARCH_PATHS.trainings, understood, { rayon: "200" })}>
                        Élargir la recherche à 200 km
                      </a>
                    </p>
                  ) : null}
                </div>
              ) : (
                <ul class="results">
                  {items.map((item) => (
                    <TrainingCard item={item} />
                  ))}
                </ul>
              )}
              {total > PAGE_SIZE ? (
                <Pagination
                  path={SEARCH_PATHS.trainings}
                  form={understood}
                  page={page}
                  pages={Math.ceil(total / PAGE_SIZE)}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      </div>
    </Layout>
  );
}

function TrainingCard({ item }: Readonly<{ item: TrainingSearchItem }>) {
  const { training, distanceKm, appointmentAvailable } = item;
  const where = [training.place?.city, training.place?.postcode].filter(Boolean).join(" ");
  return (
    <li class="card">
      <span class="badge badge-training">Formation</span>
      <h3>
        <a href={trainingHref(training.id)}>{training.title}</a>
      </h3>
      <p>{training.formateur.legalName}</p>
      <p class="meta">
        {[where, distanceKm === null ? null : `à ${KM.format(distanceKm)} km`].filter(Boolean).join(" – ")}
        {" · "}
        {diplomaLevelText(training.diplomaLevel)}
      </p>
      {appointmentAvailable ? (
        <p>
          <a class="button" href={appointmentHref(training.id)}>
            Prendre rendez-vous<span class="visually-hidden"> : {training.title}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}
