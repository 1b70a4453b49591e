import type { RomeCode } from "../shared/rome-code.ts";

/** A ROME v4.60 fiche métier (France Travail), trimmed to what the service shows and generates from. */
export type RomeFiche = Readonly<{
  code: RomeCode;
  label: string;
  /** ROME v4 sub-fiches point to their historical v3 parent code (`code_rome_parent`). */
  parentCode: RomeCode;
  domain: Readonly<{ code: string; label: string }>;
  definition: readonly string[];
  access: readonly string[];
  skills: readonly string[];
  softSkills: readonly string[];
  appellations: readonly Appellation[];
}>;

/** A job title of a fiche (ROME "appellation", identified by its OGR code). */
type Appellation = Readonly<{ code: string; label: string; shortLabel: string }>;

export type RomeUnknown = Readonly<{ code: "ROME_UNKNOWN"; romeCode: string }>;
