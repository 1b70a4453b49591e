import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The shipped reference data the generator draws from (docs/DATA.md): real communes, ROME fiches, NAF codes. */
export type Commune = Readonly<{
  insee: string;
  name: string;
  postcode: string;
  departmentCode: string;
  population: number;
  latitude: number;
  longitude: number;
}>;

type Fiche = Readonly<{ code: string; label: string; parentCode: string; appellations: readonly string[] }>;

export type NafSubClass = Readonly<{ code: string; label: string; division: string }>;

export type GeneratorReferential = Readonly<{
  /** Places people live: communes, and the arrondissements instead of Paris, Lyon and Marseille themselves. */
  communes: readonly Commune[];
  fiches: ReadonlyMap<string, Fiche>;
  /** ROME code → the NAF divisions France Travail links it to (data/generator/rome-naf-divisions.json). */
  divisionsByRome: ReadonlyMap<string, readonly string[]>;
  /** NAF division → its sub-classes. */
  nafByDivision: ReadonlyMap<string, readonly NafSubClass[]>;
  /** NAF division → the ROME codes linked to it (the other trades a company of that sector hires for). */
  romesByDivision: ReadonlyMap<string, readonly string[]>;
}>;

const gzJson = (path: string) => JSON.parse(gunzipSync(readFileSync(path)).toString("utf8"));

export function loadReferential(repoRoot: string): GeneratorReferential {
  const communes = loadCommunes(join(repoRoot, "data/referential/communes.json.gz"));
  const fiches = new Map<string, Fiche>();
  for (const raw of gzJson(join(repoRoot, "data/referential/rome.json.gz")) as RawFiche[]) {
    fiches.set(raw.code, {
      code: raw.code,
      label: raw.label,
      parentCode: raw.parentCode,
      appellations: raw.appellations.map((a) => a.label),
    });
  }
  const links = JSON.parse(readFileSync(join(repoRoot, "data/generator/rome-naf-divisions.json"), "utf8")) as {
    divisionsByRome: Record<string, string[]>;
  };
  const divisionsByRome = new Map(Object.entries(links.divisionsByRome).filter(([rome]) => fiches.has(rome)));
  const nafByDivision = new Map<string, NafSubClass[]>();
  for (const raw of gzJson(join(repoRoot, "data/referential/naf.json.gz")) as RawNaf[]) {
    if (raw.level !== "sous_classe" || !raw.division) continue;
    const list = nafByDivision.get(raw.division) ?? [];
    list.push({ code: raw.code, label: raw.label, division: raw.division });
    nafByDivision.set(raw.division, list);
  }
  const romesByDivision = new Map<string, string[]>();
  for (const [rome, divisions] of divisionsByRome) {
    for (const division of divisions) romesByDivision.set(division, [...(romesByDivision.get(division) ?? []), rome]);
  }
  return { communes, fiches, divisionsByRome, nafByDivision, romesByDivision };
}

type RawFiche = { code: string; label: string; parentCode: string; appellations: { label: string }[] };
type RawNaf = { code: string; label: string; level: string; division: string | null };
type RawCommune = {
  insee: string;
  name: string;
  kind: "commune" | "arrondissement";
  postcodes: string[];
  departmentCode: string;
  parentInsee: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
};

function loadCommunes(path: string): Commune[] {
  const raw = gzJson(path) as RawCommune[];
  const split = new Set(raw.filter((c) => c.kind === "arrondissement").map((c) => c.parentInsee));
  return raw
    .filter((c) => !split.has(c.insee) && (c.population ?? 0) > 0 && c.postcodes.length > 0)
    .map((c) => ({
      insee: c.insee,
      name: c.name,
      postcode: c.postcodes[0] as string,
      departmentCode: c.departmentCode,
      population: c.population as number,
      latitude: c.latitude,
      longitude: c.longitude,
    }));
}
