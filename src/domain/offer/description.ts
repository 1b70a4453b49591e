import type { RomeFiche } from "../referential/rome-fiche.ts";
import { DEFAULT_OFFER_SETTINGS, type OfferSettings } from "./settings.ts";

/** Section titles of the generated description. */
export const DESCRIPTION_HEADINGS = { access: "Accès au métier", skills: "Compétences principales" } as const;

/**
 * The public description of a new offer, written from the ROME fiche alone (FAQ "Le métier que je recherche ne
 * m'est pas suggéré": the recruiter has nothing more to provide). Plain text: the definition sentences, one a
 * line and unchanged, then the "accès au métier" text, then the first savoir-faire (France Travail lists core
 * skills first). Sections the fiche leaves empty are left out; blocks are separated by a blank line.
 */
export function generateOfferDescription(
  fiche: RomeFiche,
  settings: Pick<OfferSettings, "descriptionSkillCount"> = DEFAULT_OFFER_SETTINGS,
): string {
  const definition = nonBlank(fiche.definition);
  const access = nonBlank(fiche.access);
  const skills = nonBlank(fiche.skills).slice(0, Math.max(0, settings.descriptionSkillCount));
  const blocks = [
    definition.join("\n"),
    access.length > 0 ? [DESCRIPTION_HEADINGS.access, ...access].join("\n") : "",
    skills.length > 0 ? [DESCRIPTION_HEADINGS.skills, ...skills.map((skill) => `- ${skill}`)].join("\n") : "",
  ];
  return blocks.filter((block) => block !== "").join("\n\n");
}

function nonBlank(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== "");
}
