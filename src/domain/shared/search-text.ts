/**
 * The one normalisation used on both sides of every text search: stored search columns and queries.
 * PGlite runs in the C locale where accents and case folding differ from a server's locale
 * (docs/adr/0002), so we compare plain lower-case ASCII words instead of relying on collations.
 */
export function normaliseSearchText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * docs/API.md ranking of look-ups: a label starting with the query (0), then one of its words starting
 * with it (1), then merely containing it (2); null when it does not match. Both arguments are
 * normaliseSearchText() output, so words are separated by single spaces.
 */
export function textMatchRank(searchLabel: string, query: string): 0 | 1 | 2 | null {
  if (query === "") return null;
  if (searchLabel.startsWith(query)) return 0;
  if (searchLabel.includes(` ${query}`)) return 1;
  if (searchLabel.includes(query)) return 2;
  return null;
}

export type RankedLabel = Readonly<{ rank: number; label: string; searchLabel: string }>;

/** Ties: shorter label first, then alphabetical on the normalised label, then on the raw label. */
export function compareRankedLabels(a: RankedLabel, b: RankedLabel): number {
  return (
    a.rank - b.rank ||
    a.label.length - b.label.length ||
    compareCodePoints(a.searchLabel, b.searchLabel) ||
    compareCodePoints(a.label, b.label)
  );
}

/** Byte order, as PostgreSQL's "C" collation sorts, so fakes and both engines agree. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
