import { normaliseSearchText } from "../shared/search-text.ts";

/**
 * The national address API answers 400 "Failed parsing query" unless q has 3 to 200 characters and starts with a
 * letter or a digit (adresse.data.gouv.fr, Géoplateforme): such a query cannot be an address, on any geocoder.
 */
const ADDRESS_QUERY_MIN_LENGTH = 3;
const ADDRESS_QUERY_MAX_LENGTH = 200;

/** Whitespace collapsed, leading punctuation dropped; null when the query cannot be an address (see above). */
export function normaliseAddressQuery(raw: string): string | null {
  const query = raw
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .trim();
  const fits = query.length >= ADDRESS_QUERY_MIN_LENGTH && query.length <= ADDRESS_QUERY_MAX_LENGTH;
  return fits ? query : null;
}

/** A French postcode: five digits standing alone; the last such group, as the postcode follows the address line. */
export function splitAtPostcode(query: string): { before: string; postcode: string; after: string } | null {
  const found = [...query.matchAll(/(?<![\p{L}\p{N}])\d{5}(?![\p{L}\p{N}])/gu)].at(-1);
  if (found === undefined) return null;
  const start = found.index;
  return {
    before: trimAddressPart(query.slice(0, start)),
    postcode: found[0],
    after: trimAddressPart(query.slice(start + 5)),
  };
}

/** Words that end a street name before its last word ("rue de Lyon"): such a word is not followed by the city. */
const STREET_NAME_LINKS = new Set(["a", "au", "aux", "d", "de", "des", "du", "en", "l", "la", "le", "les", "sur"]);

/** Longest names of communes, in words (Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson). */
const MAX_CITY_WORDS = 8;

export type TrailingSplit = Readonly<{ head: string; tail: string }>;

/**
 * Every way to read `text` as "<head> <city>", the longest city first (`tail` normalised by normaliseSearchText,
 * at most 8 words, starting with a letter as every commune name does), skipping a city preceded by a street-name
 * link word ("12 rue de Lyon" is not in Lyon). With a comma, the city is looked for after the last one only
 * ("12 rue de Paris, Lyon").
 */
export function trailingSplits(text: string): TrailingSplit[] {
  const lastComma = text.lastIndexOf(",");
  const words = [...text.matchAll(/[^\s,]+/g)].filter((word) => word.index > lastComma);
  const splits: TrailingSplit[] = [];
  for (const word of words) {
    const head = trimAddressPart(text.slice(0, word.index));
    const tail = normaliseSearchText(text.slice(word.index));
    const previous = normaliseSearchText(head).split(" ").at(-1) ?? "";
    const fits = /^[a-z]/.test(tail) && tail.split(" ").length <= MAX_CITY_WORDS;
    if (fits && !STREET_NAME_LINKS.has(previous)) splits.push({ head, tail });
  }
  return splits;
}

/** "…, Lyon, France" is "…, Lyon": every address we geocode is French. */
export function withoutCountry(query: string): string {
  return trimAddressPart(query.replace(/[\s,]+france$/i, ""));
}

/** "LYON CEDEX 02" is Lyon: a CEDEX suffix names a mail sorting office, not a commune. */
export function withoutCedex(city: string): string {
  return trimAddressPart(city.replace(/\bcedex\b.*$/i, ""));
}

function trimAddressPart(part: string): string {
  return part.replace(/^[\s,]+|[\s,]+$/g, "");
}
