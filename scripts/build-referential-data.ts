/**
 * Derives the compact reference data shipped in data/referential/ from the shared source files
 * (../shared/data, documented in docs/DATA.md). Deterministic: same inputs, same bytes.
 * Run: npm run data:build   (SHARED_DATA_DIR overrides the source folder)
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

const sourceDir = process.env.SHARED_DATA_DIR ?? join(import.meta.dirname, "../../shared/data");
const outDir = join(import.meta.dirname, "../data/referential");

type Row = Record<string, string>;
const readCsv = (file: string, delimiter = ","): Row[] =>
  parse(readFileSync(join(sourceDir, file)), { columns: true, delimiter, bom: true, skip_empty_lines: true });

/** ROME v4.60 (France Travail): fiches with texts, skills and every appellation from the CSV. */
function buildRome() {
  type Item = { code_ogr: string; libelle: string; coeur_metier?: boolean };
  type Fiche = {
    code_rome: string;
    code_rome_parent: string;
    libelle: string;
    domaine_professionnel: { code: string; libelle: string };
    definition: string[];
    acces_metier: string[];
    savoir_faire: Item[];
    savoir_etre_professionnels: Item[];
  };
  const fiches = JSON.parse(readFileSync(join(sourceDir, "rome_v460_fiches_metiers.json"), "utf8")) as Fiche[];
  const appellations = new Map<string, { code: string; label: string; shortLabel: string }[]>();
  for (const row of readCsv("rome_v460_appellations.csv")) {
    const list = appellations.get(row.code_rome as string) ?? [];
    list.push({
      code: row.code_ogr as string,
      label: unescapeQuotes(row.libelle_appellation_long),
      shortLabel: unescapeQuotes(row.libelle_appellation_court),
    });
    appellations.set(row.code_rome as string, list);
  }
  const coreFirst = (items: Item[]) =>
    [...items].sort((a, b) => Number(Boolean(b.coeur_metier)) - Number(Boolean(a.coeur_metier)));
  return fiches
    .map((f) => ({
      code: f.code_rome,
      label: unescapeQuotes(f.libelle),
      parentCode: f.code_rome_parent || f.code_rome,
      domain: { code: f.domaine_professionnel.code, label: f.domaine_professionnel.libelle },
      definition: f.definition.map(unescapeQuotes),
      access: f.acces_metier.map(unescapeQuotes),
      skills: coreFirst(f.savoir_faire ?? [])
        .slice(0, 25)
        .map((s) => unescapeQuotes(s.libelle)),
      softSkills: (f.savoir_etre_professionnels ?? []).slice(0, 10).map((s) => unescapeQuotes(s.libelle)),
      appellations: (appellations.get(f.code_rome) ?? []).sort((a, b) => compare(a.code, b.code)),
    }))
    .sort((a, b) => compare(a.code, b.code));
}

/** COG 2026 current communes and municipal arrondissements (API.md accepts both as `insee`). */
function buildCommunes() {
  const kinds: Record<string, "commune" | "arrondissement"> = {
    "commune-actuelle": "commune",
    "arrondissement-municipal": "arrondissement",
  };
  const rows = readCsv("communes_france_2026.csv").filter((r) => kinds[r.type as string]);
  const located = rows.filter((r) => r.latitude && r.longitude);
  if (located.length !== rows.length)
    console.warn(`communes: ${rows.length - located.length} sans coordonnées, ignorées`);
  return located
    .map((r) => ({
      insee: r.code_insee as string,
      name: r.nom as string,
      kind: kinds[r.type as string],
      postcodes: (r.codes_postaux as string).split(" ").filter(Boolean),
      departmentCode: r.code_departement as string,
      departmentName: r.nom_departement as string,
      population: r.population ? Number(r.population) : null,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
    }))
    .sort((a, b) => compare(a.insee, b.insee));
}

/** NAF rév. 2 (INSEE), every level; division 85 is what refuses companies as education establishments. */
function buildNaf() {
  return readCsv("naf_rev2.csv").map((r) => ({
    code: r.code as string,
    apeCode: r.code_ape || null,
    level: r.niveau as string,
    label: r.libelle as string,
    division: r.code_division || null,
    section: r.code_section as string,
  }));
}

/** The 11 OPCO and the IDCC → OPCO table (Ministère du Travail, 2019 decrees, file of 2020-12). */
function buildOpco() {
  const opcos = readCsv("opcos.csv").map((r) => ({
    code: r.opco_code as string,
    label: r.libelle_lba as string,
    shortName: r.nom_usuel as string,
    siren: r.siren || null,
    website: r.site_web || null,
  }));
  const seen = new Set<number>();
  const idcc = readCsv("idcc_opco_2020.csv")
    .filter((r) => /^\d+$/.test(r.idcc as string) && !seen.has(Number(r.idcc)) && seen.add(Number(r.idcc)))
    .map((r) => ({ idcc: Number(r.idcc), opcoCode: r.opco_code as string }))
    .sort((a, b) => a.idcc - b.idcc);
  return { opcos, idcc };
}

/** European levels 3–7 with the labels the offer form shows. */
function buildDiplomaLevels() {
  return readCsv("niveaux_diplomes.csv")
    .filter((r) => /^[3-7]$/.test(r.niveau_europeen as string))
    .map((r) => ({
      level: r.niveau_europeen as string,
      label: r.libelle_lba as string,
      shortLabel: r.libelle_lba_cle as string,
    }));
}

function unescapeQuotes(text: string | undefined): string {
  return (text ?? "").replaceAll("''", "'").trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function write(name: string, file: string, content: unknown, count: number) {
  const json = JSON.stringify(content);
  const bytes = file.endsWith(".gz") ? gzipSync(json, { level: 9 }) : Buffer.from(`${json}\n`);
  writeFileSync(join(outDir, file), bytes);
  const version = createHash("sha256").update(json).digest("hex").slice(0, 16);
  console.log(
    `${name.padEnd(14)} ${String(count).padStart(6)} lignes  ${(bytes.length / 1024).toFixed(0).padStart(6)} Kio  ${file}`,
  );
  return [name, { file, version, count }] as const;
}

mkdirSync(outDir, { recursive: true });
const rome = buildRome();
const communes = buildCommunes();
const naf = buildNaf();
const opco = buildOpco();
const levels = buildDiplomaLevels();
const datasets = Object.fromEntries([
  write("rome", "rome.json.gz", rome, rome.length),
  write("communes", "communes.json.gz", communes, communes.length),
  write("naf", "naf.json.gz", naf, naf.length),
  write("opco", "opco.json", opco, opco.opcos.length + opco.idcc.length),
  write("diplomaLevels", "diploma-levels.json", levels, levels.length),
]);
writeFileSync(join(outDir, "manifest.json"), `${JSON.stringify({ datasets }, null, 2)}\n`);
