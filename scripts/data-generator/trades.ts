import { type Random, type WeightedPicker, weightedPicker } from "./prng.ts";
import type { GeneratorReferential, NafSubClass } from "./referential.ts";

/**
 * GENERATOR ASSUMPTION (not a statistic): apprenticeship hiring concentrates on a few trades (food crafts, retail,
 * restaurants, hairdressing, building, car repair, office jobs). These fiches get ≈ 40 % of the draws together,
 * the other fiches share the rest evenly, so a search for bakers around Paris finds thousands of items at the
 * national scale, as the service's own volumes suggest.
 */
const POPULAR_ROMES = [
  "D1102",
  "D1104",
  "D1106",
  "D1101",
  "D1103",
  "D1211",
  "D1214",
  "D1507",
  "D1505",
  "G1602",
  "G1803",
  "G1603",
  "D1202",
  "D1208",
  "I1604",
  "F1603",
  "F1602",
  "F1703",
  "H2909",
  "M1607",
  "M1203",
  "M1805",
  "M1705",
  "D1401",
  "D1402",
  "J1501",
  "N1103",
  "N4101",
  "M1501",
  "I1304",
] as const;

const POPULAR_SHARE = 0.4;

/** A ROME code, a NAF sub-class of one of its sectors, and up to two more codes that sector employs, with scores. */
type Trade = Readonly<{ romes: readonly { code: string; score: number }[]; naf: NafSubClass }>;

export type TradePicker = Readonly<{
  rome: WeightedPicker<string>;
  /** A trade whose first ROME code is `rome`; `avoidDivisions` (e.g. education, 85) when another is possible. */
  tradeFor(random: Random, rome: string, avoidDivisions?: readonly string[]): Trade;
}>;

export function tradePicker(referential: GeneratorReferential): TradePicker {
  const codes = [...referential.divisionsByRome.keys()].filter((code) => nafOf(referential, code).length > 0);
  const popular = new Set<string>(POPULAR_ROMES.filter((code) => codes.includes(code)));
  const popularWeight = POPULAR_SHARE / popular.size;
  /** Per ROME code and avoided divisions: the candidate sub-classes and the akin ones (computed once). */
  const choices = new Map<string, Readonly<{ candidates: NafSubClass[]; akin: NafSubClass[] }>>();
  const choicesFor = (rome: string, avoidDivisions: readonly string[]) => {
    const key = `${rome}/${avoidDivisions.join(",")}`;
    const known = choices.get(key);
    if (known) return known;
    const divisions = referential.divisionsByRome.get(rome) ?? [];
    const usable = divisions.filter((d) => (referential.nafByDivision.get(d)?.length ?? 0) > 0);
    const preferred = usable.filter((d) => !avoidDivisions.includes(d));
    const candidates = (preferred.length > 0 ? preferred : usable).flatMap(
      (d) => referential.nafByDivision.get(d) ?? [],
    );
    const computed = { candidates, akin: akinSubClasses(referential.fiches.get(rome)?.label ?? "", candidates) };
    choices.set(key, computed);
    return computed;
  };
  const otherWeight = (1 - POPULAR_SHARE) / (codes.length - popular.size);
  return {
    rome: weightedPicker(codes, (code) => (popular.has(code) ? popularWeight : otherWeight)),
    tradeFor(random, rome, avoidDivisions = []) {
      const { candidates, akin } = choicesFor(rome, avoidDivisions);
      const naf = random.pick(akin.length > 0 && random.chance(0.8) ? akin : candidates);
      const division = naf.division;
      const others = (referential.romesByDivision.get(division) ?? []).filter((code) => code !== rome);
      const extra = random.sample(others, random.pick([0, 0, 1, 1, 2]));
      const first = random.int(60, 99);
      const scored = extra.map((code) => ({ code, score: random.int(20, first) })).sort((a, b) => b.score - a.score);
      return { romes: [{ code: rome, score: first }, ...scored], naf };
    },
  };
}

/**
 * The sub-classes whose label shares a word stem with the fiche's (Boulanger → Boulangerie, Pâtissier →
 * pâtisserie, Coiffeur → Coiffure): a baker is more often in "Boulangerie et boulangerie-pâtisserie" than in
 * "Fabrication d'aliments pour animaux", though both are division 10.
 */
function akinSubClasses(ficheLabel: string, candidates: readonly NafSubClass[]): NafSubClass[] {
  const stems = words(ficheLabel)
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, 5));
  if (stems.length === 0) return [];
  return candidates.filter((naf) => words(naf.label).some((w) => stems.some((stem) => w.startsWith(stem))));
}

const words = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z]+/);

function nafOf(referential: GeneratorReferential, rome: string): string[] {
  return (referential.divisionsByRome.get(rome) ?? []).filter((d) => referential.nafByDivision.has(d));
}
