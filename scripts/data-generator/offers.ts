import type { GeneratedCompany } from "./companies.ts";
import type { Random } from "./prng.ts";
import type { GeneratorReferential } from "./referential.ts";

/**
 * DEMO draft of an offer posted here, one line of `offers.jsonl.gz`: what a recruiter of a generated company would
 * submit to `POST /api/v1/offers` (docs/API.md), plus the SIRET it signs up with. The start date is relative
 * (`startInDays` after the day the draft is published), so the drafts stay valid whenever they are loaded.
 */
export type GeneratedOfferDraft = Readonly<{
  siret: string;
  romeCode: string;
  appellation: string | null;
  /** European level 3 (CAP) … 7 (Master); null "indifférent". */
  diplomaLevel: "3" | "4" | "5" | "6" | "7" | null;
  contractTypes: readonly ("apprentissage" | "professionnalisation")[];
  startInDays: number;
  durationMonths: number;
  openings: number;
  employerDescription: string | null;
}>;

const LEVELS = ["3", "3", "4", "4", "5", "5", "6", "7", null, null] as const;
const CONTRACTS = [
  ["apprentissage"],
  ["apprentissage"],
  ["apprentissage", "professionnalisation"],
  ["professionnalisation"],
] as const;

/** A draft for one of the company's own ROME codes (the trades its NAF sector employs). */
export function offerDraft(
  random: Random,
  referential: GeneratorReferential,
  company: GeneratedCompany,
  rome?: string,
): GeneratedOfferDraft {
  const codes = company.romes.split("|").map((pair) => pair.split(":")[0] as string);
  const romeCode = rome ?? random.pick(codes);
  const fiche = referential.fiches.get(romeCode);
  const appellation =
    fiche && fiche.appellations.length > 0 && random.chance(0.7) ? random.pick(fiche.appellations) : null;
  return {
    siret: company.siret,
    romeCode,
    appellation,
    diplomaLevel: random.pick(LEVELS),
    contractTypes: random.pick(CONTRACTS),
    startInDays: random.int(14, 300),
    durationMonths: random.pick([12, 24, 24, 36]),
    openings: random.pick([1, 1, 1, 2, 3]),
    employerDescription: random.chance(0.3)
      ? `Entreprise de démonstration (données générées) : ${company.enseigne || company.raison_sociale}, ` +
        `à ${company.commune}, accueille et forme ses alternants depuis ${random.int(3, 40)} ans.`
      : null,
  };
}
