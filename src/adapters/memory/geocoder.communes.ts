import type { Geocoder } from "../../application/geocoding/ports.ts";
import type { CommuneReferential } from "../../application/referential/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import {
  normaliseAddressQuery,
  splitAtPostcode,
  trailingSplits,
  withoutCedex,
  withoutCountry,
} from "../../domain/geocoding/address-query.ts";
import { addressLabel, type GeocodedAddress } from "../../domain/geocoding/geocoded-address.ts";
import type { Commune } from "../../domain/referential/commune.ts";
import { parseGeoPoint } from "../../domain/shared/geo-point.ts";
import { normaliseSearchText } from "../../domain/shared/search-text.ts";

/** At most 46 communes and arrondissements share a postcode (COG 2026 with La Poste's postcodes). */
const POSTCODE_CANDIDATES = 60;
const NAME_CANDIDATES = 10;

/** `commune` names the city; `place` is where the point is: the commune, or its arrondissement for the postcode. */
type Match = Readonly<{ commune: Commune; place: Commune; street: string; postcode: string }>;
type PostcodeParts = Readonly<{ before: string; postcode: string; after: string }>;

export type CommuneCentroidGeocoder = Geocoder & {
  /** Tests: makes every call fail as an outage of the national address API would. */
  setUnavailable(unavailable: boolean): void;
};

/**
 * The offline geocoder (GEOCODER_DRIVER=communes: development, demo, tests, no network), built on the commune
 * referential: finds the postcode (the last group of 5 digits) and/or the commune's name at the end of the query
 * (after the postcode, else before it or at the end), answers that commune's centroid, with precision
 * "municipality" and `street` = the text typed before the commune, kept as typed.
 *
 * Limitations (ADR 0010): never more precise than the commune (an arrondissement in Paris, Lyon and Marseille when
 * the postcode tells it); no spelling tolerance on the commune's name ("St-Étienne" is not found without its
 * postcode); a homonym without postcode goes to the most populous commune (Saint-Denis is La Réunion's);
 * a street named after a city and no city ("rue de Lyon") is not found; the street itself is never checked.
 */
export function createCommuneCentroidGeocoder(communes: CommuneReferential): CommuneCentroidGeocoder {
  let unavailable = false;
  return {
    async geocode(raw) {
      if (unavailable) throw new UpstreamUnavailable("BAN", "offline geocoder set unavailable");
      const query = normaliseAddressQuery(raw);
      if (query === null) return null;
      const match = await locate(communes, withoutCountry(query));
      return match ? toGeocodedAddress(match) : null;
    },
    setUnavailable(value) {
      unavailable = value;
    },
  };
}

async function locate(communes: CommuneReferential, address: string): Promise<Match | null> {
  const parts = splitAtPostcode(address);
  if (parts === null) return byTrailingName(communes, address);
  const candidates = (await communes.search(parts.postcode, POSTCODE_CANDIDATES)).filter((c) =>
    c.postcodes.includes(parts.postcode),
  );
  if (candidates.length > 0) return inPostcode(candidates, parts);
  // An unknown postcode (CEDEX codes are not in the referential): the commune's name alone decides.
  const city = withoutCedex(parts.after);
  if (city === "") return byTrailingName(communes, parts.before);
  const commune = await byExactName(communes, normaliseSearchText(city));
  return commune ? atCommune(commune, parts.before) : null;
}

function inPostcode(candidates: readonly Commune[], parts: PostcodeParts): Match | null {
  const named = namedIn(candidates, parts);
  const commune = named?.commune ?? candidates[0];
  if (commune === undefined) return null;
  const street = named?.street ?? parts.before;
  return { commune, place: arrondissementOf(commune, candidates), street, postcode: parts.postcode };
}

/** The commune named after the postcode, else at the end of the text before it; null: the most populous one. */
function namedIn(candidates: readonly Commune[], { before, after }: PostcodeParts) {
  const named = (name: string) => candidates.find((c) => normaliseSearchText(c.name) === name);
  const city = normaliseSearchText(withoutCedex(after));
  if (city !== "") {
    const commune = named(city);
    return commune ? { commune, street: before } : null;
  }
  for (const split of trailingSplits(before)) {
    const commune = named(split.tail);
    if (commune) return { commune, street: split.head };
  }
  return null;
}

/** Paris, Lyon and Marseille: the arrondissement sharing the postcode locates the address better than the city. */
function arrondissementOf(commune: Commune, candidates: readonly Commune[]): Commune {
  if (commune.kind !== "commune") return commune;
  const prefix = `${normaliseSearchText(commune.name)} `;
  return (
    candidates.find((c) => c.kind === "arrondissement" && normaliseSearchText(c.name).startsWith(prefix)) ?? commune
  );
}

/** Without postcode: the longest end of the query that is exactly a commune's name. */
async function byTrailingName(communes: CommuneReferential, text: string): Promise<Match | null> {
  for (const split of trailingSplits(text)) {
    const commune = await byExactName(communes, split.tail);
    if (commune) return atCommune(commune, split.head);
  }
  return null;
}

/** Homonyms: the most populous first, as the referential ranks them. */
async function byExactName(communes: CommuneReferential, name: string): Promise<Commune | null> {
  const found = await communes.search(name, NAME_CANDIDATES);
  return found.find((c) => normaliseSearchText(c.name) === name && c.postcodes.length > 0) ?? null;
}

/** A commune named without postcode: its first postcode, as the national address API answers for a commune. */
function atCommune(commune: Commune, street: string): Match | null {
  const [postcode] = commune.postcodes;
  return postcode === undefined ? null : { commune, place: commune, street, postcode };
}

function toGeocodedAddress({ commune, place, street, postcode }: Match): GeocodedAddress | null {
  const point = parseGeoPoint(place.latitude, place.longitude);
  if (!point.ok) return null;
  const line = street === "" ? null : street;
  return {
    ...point.value,
    label: addressLabel(line, postcode, commune.name),
    street: line,
    postcode,
    city: commune.name,
    insee: place.insee,
    precision: "municipality",
  };
}
