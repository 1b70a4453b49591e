/**
 * pg_trgm's `word_similarity(query, text)` for the in-memory fakes: the best Jaccard similarity between the query's
 * trigrams and those of any run of consecutive trigrams of the text (words padded with two spaces in front and one
 * behind, as pg_trgm does). Both arguments are normaliseSearchText output. PostgreSQL's `<%` operator keeps a text
 * when this reaches 0.6 (pg_trgm.word_similarity_threshold).
 */
export const WORD_SIMILARITY_THRESHOLD = 0.6;

export function wordSimilarity(query: string, text: string): number {
  const wanted = new Set(trigramsOf(query));
  if (wanted.size === 0) return 0;
  const sequence = trigramsOf(text);
  let best = 0;
  for (let start = 0; start < sequence.length; start++) {
    const extent = new Set<string>();
    for (let end = start; end < sequence.length; end++) {
      extent.add(sequence[end] as string);
      let shared = 0;
      for (const trigram of extent) if (wanted.has(trigram)) shared++;
      best = Math.max(best, shared / (wanted.size + extent.size - shared));
    }
  }
  return best;
}

function trigramsOf(value: string): string[] {
  return value
    .split(" ")
    .filter(Boolean)
    .flatMap((word) => {
      const padded = `  ${word} `;
      return Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3));
    });
}
