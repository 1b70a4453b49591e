/**
 * A cheap guard against obviously weak secrets (issue 9 §3), not a proof of randomness: the empirical Shannon
 * entropy of the characters times the length, reduced when 3-character sequences repeat (a word or pattern said
 * several times), and zero for a secret drawn from a single class of characters (letters only, digits only), which
 * is what a typed word, a keyboard walk or a repeated character looks like. `openssl rand -base64 32` gives ≈ 220.
 */
export function estimatedSecretBits(secret: string): number {
  const characters = [...secret];
  if (characters.length < 3 || characterClasses(characters) < 2) return 0;
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bitsPerCharacter = 0;
  for (const count of counts.values()) {
    const p = count / characters.length;
    bitsPerCharacter -= p * Math.log2(p);
  }
  const trigrams = new Set(characters.slice(2).map((_, i) => characters.slice(i, i + 3).join("")));
  const uniqueness = trigrams.size / (characters.length - 2);
  return Math.floor(bitsPerCharacter * characters.length * uniqueness);
}

/** Below this estimate a secret is refused in production (HS256 keys and the sealing key derive from it). */
export const MIN_SECRET_BITS = 128;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

function characterClasses(characters: readonly string[]): number {
  return CLASSES.filter((pattern) => characters.some((character) => pattern.test(character))).length;
}
