/**
 * The two work-study contracts an offer may propose: contrat d'apprentissage (Code du travail, art. L6221-1) and
 * contrat de professionnalisation (art. L6325-1). An offer proposes one or both.
 */
export const CONTRACT_TYPES = ["apprentissage", "professionnalisation"] as const;

export type ContractType = (typeof CONTRACT_TYPES)[number];

/** At least one contract type, each at most once, in the order of CONTRACT_TYPES. */
export type ContractTypes = readonly [ContractType, ...ContractType[]];
