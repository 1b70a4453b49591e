/**
 * Overseas departments (+262 La Réunion and Mayotte, +590 Guadeloupe, Saint-Barthélemy and Saint-Martin, +594
 * Guyane, +596 Martinique) belong to the French national numbering plan (ARCEP): from anywhere in France one dials
 * 0 and nine digits, as in metropolitan France (+33).
 */
const NATIONAL_PLAN_CODES = ["33", "262", "590", "594", "596"];

/**
 * Collectivities with their own numbering plans (+508 Saint-Pierre-et-Miquelon, +681 Wallis-et-Futuna, +687
 * Nouvelle-Calédonie, +689 Polynésie française): no trunk 0, so the number stays international, digits in pairs.
 */
const OWN_PLAN_LENGTHS: Readonly<Record<string, number>> = { "508": 6, "681": 6, "687": 6, "689": 8 };

const pairs = (digits: string) => digits.match(/\d{2}/g)?.join(" ") ?? digits;

/**
 * A stored E.164 number as French readers write it: "+33612345678" → "06 12 34 56 78", "+262262123456" →
 * "02 62 12 34 56", "+687281234" → "+687 28 12 34". Any other number (foreign, or not E.164) is shown unchanged.
 */
export function frenchPhone(e164: string): string {
  for (const code of NATIONAL_PLAN_CODES) {
    const national = e164.startsWith(`+${code}`) ? e164.slice(code.length + 1) : "";
    if (/^\d{9}$/.test(national)) return pairs(`0${national}`);
  }
  const code = e164.slice(1, 4);
  const local = e164.slice(4);
  const length = OWN_PLAN_LENGTHS[code];
  if (e164.startsWith("+") && length !== undefined && local.length === length && /^\d+$/.test(local)) {
    return `+${code} ${pairs(local)}`;
  }
  return e164;
}
