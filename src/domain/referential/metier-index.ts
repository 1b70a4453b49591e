import { compareCodePoints, compareRankedLabels, normaliseSearchText, textMatchRank } from "../shared/search-text.ts";
import { type MetierSuggestion, withoutTwinFiches } from "./metier-suggestion.ts";

/**
 * The métier autocomplete over the whole ROME referential, held in memory: the referential is static and small
 * (about 1,600 fiches and 13,000 appellations), so it is normalised, ordered and indexed once by the character
 * pairs and triples of each label; a search then only reads the lines holding its rarest one (a few hundred at most).
 */
export type MetierIndex = Readonly<{
  /**
   * The lines whose normalised label contains `query` (normaliseSearchText output), at most `limit`: ranked by
   * textMatchRank, ties by compareRankedLabels, an appellation before its fiche on equal labels, then by
   * appellation code. A fiche named like one of its appellations is never offered (withoutTwinFiches).
   */
  search(query: string, limit: number): MetierSuggestion[];
}>;

type IndexedLine = Readonly<{ suggestion: MetierSuggestion; label: string; searchLabel: string; rank: 0 }>;

/** `lines`: every fiche (appellation null) and every appellation of the referential, in any order. */
export function buildMetierIndex(lines: readonly MetierSuggestion[]): MetierIndex {
  // Sorted once in the ties' order: a search then keeps the lines it meets in that order, one list per rank.
  const ordered = withoutTwinFiches(lines).map(indexedLine).sort(inTiesOrder);
  const everyLine = Uint32Array.from(ordered.keys());
  const [pairs, triples] = [gramPostings(ordered, 2), gramPostings(ordered, 3)];
  const candidatesOf = (query: string) =>
    query.length === 1
      ? everyLine
      : query.length === 2
        ? rarestPosting(pairs, query, 2)
        : rarestPosting(triples, query, 3);
  return {
    search(query, limit) {
      if (query === "" || limit <= 0) return [];
      const candidates = candidatesOf(query);
      const ranked: MetierSuggestion[][] = [[], [], []];
      for (const position of candidates) {
        const line = ordered[position] as IndexedLine;
        if (!line.searchLabel.includes(query)) continue;
        const found = ranked[textMatchRank(line.searchLabel, query) ?? 2] as MetierSuggestion[];
        if (found.length < limit) found.push(line.suggestion);
        if ((ranked[0] as MetierSuggestion[]).length === limit) break; // nothing later can come before these
      }
      return ranked.flat().slice(0, limit);
    },
  };
}

function indexedLine(suggestion: MetierSuggestion): IndexedLine {
  const label = suggestion.appellation ?? suggestion.romeLabel;
  return { suggestion, label, searchLabel: normaliseSearchText(label), rank: 0 };
}

function inTiesOrder(a: IndexedLine, b: IndexedLine): number {
  return (
    compareRankedLabels(a, b) ||
    kindOrder(a.suggestion) - kindOrder(b.suggestion) ||
    compareCodePoints(a.suggestion.appellationCode ?? "", b.suggestion.appellationCode ?? "")
  );
}

const kindOrder = (suggestion: MetierSuggestion) => (suggestion.appellation === null ? 1 : 0);

type Postings = ReadonlyMap<string, Uint32Array>;

/** For each run of `size` characters, the positions (ascending) of the lines whose search label holds it. */
function gramPostings(ordered: readonly IndexedLine[], size: number): Postings {
  const positions = new Map<string, number[]>();
  ordered.forEach((line, position) => {
    for (const gram of new Set(gramsOf(line.searchLabel, size))) {
      const list = positions.get(gram);
      if (list) list.push(position);
      else positions.set(gram, [position]);
    }
  });
  return new Map([...positions].map(([gram, list]) => [gram, Uint32Array.from(list)]));
}

function* gramsOf(text: string, size: number): Generator<string> {
  for (let i = 0; i + size <= text.length; i++) yield text.slice(i, i + size);
}

/** The shortest posting list among the query's runs of `size` characters: every line holding the query is in it. */
function rarestPosting(postings: Postings, query: string, size: number): Uint32Array {
  let rarest: Uint32Array | undefined;
  for (const gram of gramsOf(query, size)) {
    const posting = postings.get(gram);
    if (!posting) return new Uint32Array(0);
    if (!rarest || posting.length < rarest.length) rarest = posting;
  }
  return rarest ?? new Uint32Array(0);
}
