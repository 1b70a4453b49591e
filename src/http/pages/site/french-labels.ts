import type { ContractType } from "../../../domain/shared/contract-type.ts";

/** The contracts as the pages name them. */
export const CONTRACT_LABELS: Readonly<Record<ContractType, string>> = {
  apprentissage: "Contrat d’apprentissage",
  professionnalisation: "Contrat de professionnalisation",
};

/** The diploma levels (3–7 of the national nomenclature) with the diplomas a candidate knows them by. */
export const DIPLOMA_LEVEL_LABELS = {
  "3": "CAP, BEP",
  "4": "Bac, bac pro, BP",
  "5": "Bac+2 : BTS, BUT 2e année",
  "6": "Bac+3 et 4 : licence, BUT",
  "7": "Bac+5 : master, diplôme d’ingénieur",
} as const;

/** "Niveau 5 (Bac+2 : BTS, BUT 2e année)", or "Indifférent" when no level is asked for. */
export function diplomaLevelText(level: string | null): string {
  if (level === null) return "Indifférent";
  const known = DIPLOMA_LEVEL_LABELS[level as keyof typeof DIPLOMA_LEVEL_LABELS];
  return known ? `Niveau ${level} (${known})` : `Niveau ${level}`;
}
