import { CONTRACT_TYPES } from "../../../domain/shared/contract-type.ts";
import { type FieldErrors, Select, TextInput } from "../site/form-controls.tsx";
import { CONTRACT_LABELS } from "../site/french-labels.ts";
import { DIPLOMA_LEVELS, RADII, type SearchForm } from "./search-query.ts";

export const SEARCH_PATHS = { jobs: "/recherche", trainings: "/recherche/formations" } as const;

type SearchFormProps = Readonly<{
  form: SearchForm;
  errors?: FieldErrors;
  /** Results pages add the filters; the home page keeps the form short. */
  filters?: boolean;
}>;

/**
 * The search form of the home and results pages: a GET form, so a search is a link one can share. Without
 * JavaScript the server resolves the typed métier and place; `autocomplete.js` fills `romes` / `insee` as one
 * picks a suggestion, and "Autour de moi" fills the coordinates.
 */
export function JobSearchForm({ form, errors = {}, filters = false }: SearchFormProps) {
  return (
    <form method="get" action={SEARCH_PATHS.jobs}>
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
        </>
      ) : null}
      <div class="buttons">
        <button type="submit">Rechercher</button>
      </div>
    </form>
  );
}
