import type { DiplomaLevel } from "../referential/nomenclatures.ts";

/**
 * The level the apprentice will reach at the end of the training (FAQ "À quoi correspond le niveau d'études"),
 * one of the referential's European levels 3 (CAP) … 7 (Master); null is "indifférent".
 */
export type TargetDiplomaLevel = DiplomaLevel["level"] | null;

export const TARGET_DIPLOMA_LEVELS = ["3", "4", "5", "6", "7"] as const satisfies readonly DiplomaLevel["level"][];
