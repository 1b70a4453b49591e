import { CONTRACT_TYPES } from "../../../domain/shared/contract-type.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { type FieldErrors, Select, TextInput } from "./form-controls.tsx";
import { CONTRACT_LABELS } from "./french-labels.ts";
import { DIPLOMA_LEVELS, RADII, type SearchForm, searchHref } from "./search-query.ts";

export const SEARCH_PATHS = { jobs: "/recherche", trainings: "/recherche/formations" } as const;

export type SearchTarget = keyof typeof SEARCH_PATHS;

type SearchFormProps = Readonly<{
  form: SearchForm;
  errors?: FieldErrors;
  /** Results pages add the filters; the home page keeps the form short. */
  filters?: boolean;
  /** What the form searches: job results (the default) or trainings (no contract filter). */
  target?: SearchTarget;
  /** The home page: one button for each kind of results. */
  bothTargets?: boolean;
}>;

/**
 * The search form of the home and results pages: a GET form, so a search is a link one can share. Without
 * JavaScript the server resolves the typed métier and place; `autocomplete.js` fills `romes` / `insee` as one
 * picks a suggestion, and "Autour de moi" fills the coordinates.
 */
export function JobSearchForm({ form, errors = {}, filters = false, target = "jobs", bothTargets }: SearchFormProps) {
  return (
    <form method="get" action={SEARCH_PATHS[target]}>
      <div class="autocomplete">
        <TextInput
          name="metier"
          label="Métier"
          hint="Par exemple : boulanger, vendeur, développeur web"
          value={form.metier}
          errors={errors}
          autocomplete="off"
          maxlength={200}
          data={{ autocomplete: "metiers", target: "romes" }}
        />
      </div>
      <input type="hidden" name="romes" value={form.romes} />
      <div class="autocomplete">
        <TextInput
          name="lieu"
          label="Lieu"
          hint="Ville ou code postal"
          value={form.lieu}
          errors={errors}
          autocomplete="off"
          maxlength={200}
          data={{ autocomplete: "communes", target: "insee" }}
        />
      </div>
      <input type="hidden" name="insee" value={form.insee} />
      <input type="hidden" name="latitude" value={form.latitude} />
      <input type="hidden" name="longitude" value={form.longitude} />
      <Select
        name="rayon"
        label="Rayon"
        value={form.rayon}
        options={RADII.map((radius) => ({ value: radius, label: `${radius} km` }))}
      />
      {filters ? (
        <>
          <Select
            name="niveau"
            label="Niveau de diplôme visé"
            value={form.niveau}
            emptyLabel="Tous les niveaux"
            instant
            options={DIPLOMA_LEVELS}
          />
          {target === "jobs" ? (
            <Select
              name="contrat"
              label="Type de contrat"
              value={form.contrat}
              emptyLabel="Apprentissage ou professionnalisation"
              instant
              options={CONTRACT_TYPES.map((type) => ({
                value: type,
                label: CONTRACT_LABELS[type],
              }))}
            />
          ) : null}
        </>
      ) : null}
      <div class="buttons">
        {bothTargets ? (
          <>
            <button type="submit">Rechercher un emploi</button>
            <button type="submit" class="button-secondary" formaction={SEARCH_PATHS.trainings}>
              Rechercher une formation
            </button>
          </>
        ) : (
          <button type="submit">Rechercher</button>
        )}
      </div>
    </form>
  );
}

/** The two result lists of one search, as tabs: the same métier and place, jobs or trainings. */
export function SearchTabs({ form, current }: Readonly<{ form: SearchForm; current: SearchTarget }>) {
  const tabs = [
    { target: "jobs", label: "Offres d’emploi et entreprises" },
    { target: "trainings", label: "Formations" },
  ] as const;
  return (
    <nav aria-label="Type de résultats">
      <ul class="tabs">
        {tabs.map((tab) => (
          <li>
            <a
              href={searchHref(SEARCH_PATHS[tab.target], form)}
              aria-current={tab.target === current ? "page" : undefined}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** On a phone the results come after the form: a link straight to them (hidden where the two sit side by side). */
export function SkipToResults({ count, noun }: Readonly<{ count: number; noun: string }>) {
  if (count === 0) return null;
  return (
    <p class="narrow-only">
      <a href="#resultats">Voir {frenchCount(count, noun)}</a>
    </p>
  );
}
