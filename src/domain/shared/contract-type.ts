/**
 * The two work-study contracts (shared kernel: offers, France Travail offers and the search read model speak of
 * them): contrat d'apprentissage (Code du travail, art. L6221-1) and contrat de professionnalisation (art. L6325-1).
 */
export const CONTRACT_TYPES = ["apprentissage", "professionnalisation"] as const;

export type ContractType = (typeof CONTRACT_TYPES)[number];

/** At least one contract type, each at most once, in the order of CONTRACT_TYPES. */
export type ContractTypes = readonly [ContractType, ...ContractType[]];
