/**
 * Elision before a name the text does not know in advance (an organisation, a company): "de" becomes "d’" before
 * a vowel sound. Decisions:
 * - a vowel is a, e, i, o, u, œ, æ with or without accent and in either case ("d’ÉCOLE DU PAIN", "d’AU PAIN DORÉ");
 * - "y" counts as a vowel only before a consonant ("d’Yvetot" but "de Yamaha");
 * - never before "h": whether a name's h is mute ("d’Hermès") or aspirated ("de Hyundai") cannot be told from its
 *   spelling, and a wrong "d’" reads worse than a missed one;
 * - no contraction: "de Le Fournil" stays as the company spells its name (not "du Fournil");
 * - the apostrophe is the typographic one (’), as in the rest of our emails and pages.
 */
const VOWELS = /^[aeiouœæ]$/;

function startsWithVowelSound(word: string): boolean {
  const plain = word
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const [first = "", second = ""] = [...plain];
  if (VOWELS.test(first)) return true;
  return first === "y" && /\p{L}/u.test(second) && !VOWELS.test(second);
}

/** "de Boulangerie Martin", "d’AU PAIN DORÉ", "d’Éco-Bâti". */
export function de(name: string): string {
  return startsWithVowelSound(name) ? `d’${name}` : `de ${name}`;
}
