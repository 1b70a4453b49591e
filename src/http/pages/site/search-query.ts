import type { Commune } from "../../../domain/referential/commune.ts";
import { chooseMetier } from "../../../domain/referential/metier-choice.ts";
import type { MetierSuggestion } from "../../../domain/referential/metier-suggestion.ts";
import type { PlaceQuery } from "../../../domain/referential/place.ts";
import { CONTRACT_TYPES, type ContractType } from "../../../domain/shared/contract-type.ts";
import { parseGeoPoint } from "../../../domain/shared/geo-point.ts";
import type { FieldErrors } from "./form-controls.tsx";
import { DIPLOMA_LEVEL_LABELS } from "./french-labels.ts";

export const RADII = ["10", "30", "60", "100", "200"] as const;
export const DIPLOMA_LEVELS = (["3", "4", "5", "6", "7"] as const).map((value) => ({
  value,
  label: DIPLOMA_LEVEL_LABELS[value],
}));

type DiplomaValue = (typeof DIPLOMA_LEVELS)[number]["value"];

/** What the search form sent, as typed (kept in the form and in every link of the results). */
export type SearchForm = Readonly<{
  metier: string;
  romes: string;
  lieu: string;
  insee: string;
  latitude: string;
  longitude: string;
  rayon: string;
  niveau: string;
  contrat: string;
}>;

const FORM_FIELDS = [
  "metier",
  "romes",
  "lieu",
  "insee",
  "latitude",
  "longitude",
  "rayon",
  "niveau",
  "contrat",
] as const;

export function readSearchForm(query: URLSearchParams): SearchForm {
  const text = (name: string, max = 200) => (query.get(name) ?? "").replaceAll("\u0000", "").trim().slice(0, max);
  return {
    metier: text("metier"),
    romes: text("romes"),
    lieu: text("lieu"),
    insee: text("insee", 5),
    latitude: text("latitude", 20),
    longitude: text("longitude", 20),
    rayon: RADII.includes(text("rayon") as (typeof RADII)[number]) ? text("rayon") : "30",
    niveau: DIPLOMA_LEVELS.some((level) => level.value === text("niveau")) ? text("niveau") : "",
    contrat: CONTRACT_TYPES.includes(text("contrat") as ContractType) ? text("contrat") : "",
  };
}

/** The query string of a search, with some fields changed (a page number, a wider radius). */
export function searchHref(path: string, form: SearchForm, changes: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  for (const name of FORM_FIELDS) {
    const value = changes[name] ?? form[name];
    if (value !== "") params.set(name, value);
  }
  for (const [name, value] of Object.entries(changes))
    if (!FORM_FIELDS.includes(name as never)) params.set(name, value);
  return `${path}?${params.toString()}`;
}

export type ReferentialLookups = Readonly<{
  searchMetiers: (input: { q: string }) => Promise<readonly MetierSuggestion[]>;
  searchCommunes: (input: { q: string }) => Promise<readonly Commune[]>;
}>;

type PlaceChoice =
  | Readonly<{ kind: "point"; latitude: number; longitude: number; label: string }>
  | Readonly<{ kind: "insee"; insee: string; label: string }>;

/** The search as the server understood it: the ROME codes, the place, and what it chose for a typed text. */
export type ResolvedSearch = Readonly<{
  romes: readonly string[];
  metierLabel: string;
  /** The typed text matched several fiches equally well: all of them are searched (src/domain/referential/metier-choice.ts). */
  severalMetiers: boolean;
  /** Other métiers close to the typed text, offered as links when the server chose for the person. */
  otherMetiers: readonly MetierSuggestion[];
  place: PlaceChoice;
  radiusKm: number;
  diplomaLevel: DiplomaValue | null;
  contractType: ContractType | null;
}>;

const ROME_CODE = /^[A-N]\d{4}$/;

/**
 * Without JavaScript the autocompletes never filled `romes` and `insee`: the typed métier is read from the
 * autocomplete's suggestions (chooseMetier: the one it names, or every fiche that matches it best; the others are
 * offered), the typed place becomes the best commune (or a postcode's).
 */
export async function resolveSearch(
  form: SearchForm,
  lookups: ReferentialLookups,
): Promise<{ ok: true; value: ResolvedSearch } | { ok: false; errors: FieldErrors }> {
  const errors: Record<string, string> = {};
  let romes = form.romes
    .split(",")
    .map((code) => code.trim().toUpperCase())
    .filter((code) => ROME_CODE.test(code))
    .slice(0, 20);
  let metierLabel = form.metier;
  let otherMetiers: readonly MetierSuggestion[] = [];
  let severalMetiers = false;
  if (romes.length === 0) {
    if (form.metier === "") errors.metier = "Indiquez un métier, par exemple : boulanger, vendeur, développeur web.";
    else {
      const choice = chooseMetier(form.metier, await lookups.searchMetiers({ q: form.metier }));
      if (!choice) errors.metier = `Aucun métier ne correspond à « ${form.metier} » : essayez un autre mot.`;
      else {
        romes = [...choice.romeCodes];
        metierLabel = choice.label;
        severalMetiers = choice.several;
        otherMetiers = choice.others;
      }
    }
  }
  const place = await resolvePlace(form, lookups);
  if (place === "missing") errors.lieu = "Indiquez une ville ou un code postal, ou choisissez « Autour de moi ».";
  if (place === "unknown")
    errors.lieu = `Nous ne trouvons pas « ${form.lieu} » : indiquez une ville ou un code postal.`;
  if (Object.keys(errors).length > 0 || typeof place === "string") return { ok: false, errors };
  return {
    ok: true,
    value: {
      romes,
      metierLabel,
      severalMetiers,
      otherMetiers,
      place,
      radiusKm: Number(form.rayon),
      diplomaLevel: (form.niveau || null) as DiplomaValue | null,
      contractType: (form.contrat || null) as ContractType | null,
    },
  };
}

async function resolvePlace(
  form: SearchForm,
  lookups: ReferentialLookups,
): Promise<PlaceChoice | "missing" | "unknown"> {
  const latitude = Number.parseFloat(form.latitude);
  const longitude = Number.parseFloat(form.longitude);
  if (
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  ) {
    return { kind: "point", latitude, longitude, label: "Autour de moi" };
  }
  if (/^[0-9][0-9AB][0-9]{3}$/i.test(form.insee))
    return { kind: "insee", insee: form.insee.toUpperCase(), label: form.lieu };
  if (form.lieu === "") return "missing";
  const [best] = await lookups.searchCommunes({ q: form.lieu });
  if (!best) return "unknown";
  return { kind: "insee", insee: best.insee, label: `${best.name} (${best.postcodes[0] ?? best.department.code})` };
}

/** Links carry what the server understood (codes, not the typed text), so every page is the same search. */
export function understoodForm(form: SearchForm, search: ResolvedSearch): SearchForm {
  return {
    ...form,
    metier: search.metierLabel,
    romes: search.romes.join(","),
    ...(search.place.kind === "insee" && { insee: search.place.insee, lieu: search.place.label }),
  };
}

/** The place of a resolved search as the search use cases take it. */
export function placeQueryOf(search: ResolvedSearch): PlaceQuery {
  const { place } = search;
  if (place.kind === "insee") return { kind: "insee", insee: place.insee };
  // Checked while resolving (latitude within ±90°, longitude within ±180°): never "none" in practice.
  const point = parseGeoPoint(place.latitude, place.longitude);
  return point.ok ? { kind: "point", point: point.value } : { kind: "none" };
}

/** "Autour de Lyon (69001), à 30 km", or "Autour de vous, à 30 km" for the visitor's position. */
export function placeHeading(search: ResolvedSearch): string {
  const where = search.place.kind === "point" ? "vous" : search.place.label;
  return `Autour de ${where}, à ${search.radiusKm} km`;
}
