import type { FixtureSource } from "../service/index.ts";

/** The keys GET /dev/fixtures answers for the offline INSEE directory (docs/API.md "Development mode only"). */
const ESTABLISHMENT_FIXTURE_KEYS = [
  "companyOpen",
  "companyClosed",
  "companyEducationNaf",
  "companyNonDiffusible",
  "cfaQualiopi",
  "cfaNotQualiopi",
  "unknownSiret",
] as const;

export type EstablishmentFixtureKey = (typeof ESTABLISHMENT_FIXTURE_KEYS)[number];

/**
 * GET /dev/fixtures: the demo SIRETs of the offline directory, or null for each key when the real INSEE API is
 * wired (it does not know the demo SIRETs).
 */
export function establishmentFixtures(demo: Readonly<Record<EstablishmentFixtureKey, string>> | null): FixtureSource {
  return async () => Object.fromEntries(ESTABLISHMENT_FIXTURE_KEYS.map((key) => [key, demo?.[key] ?? null]));
}
