/**
 * Derives the compact reference data shipped in data/referential/ from the original source files, in the folder
 * SHARED_DATA_DIR names (their sources and licences: docs/DATA.md).
 * Deterministic: same inputs give the same bytes, and each dataset's manifest version hashes its content only.
 * Run: SHARED_DATA_DIR=/path/to/sources npm run data:build   (docs/DATA.md "Rebuilding")
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";

const repoRoot = resolve(import.meta.dirname, "..");
/** Empty when SHARED_DATA_DIR is unset: checkSources then stops with a message. */
const sourceDir = process.env.SHARED_DATA_DIR ? resolve(repoRoot, process.env.SHARED_DATA_DIR) : "";
const outDir = join(repoRoot, "data/referential");

/** Every source file the datasets below read, all directly in sourceDir. */
const SOURCE_FILES = [
  "rome_v460_fiches_metiers.json",
  "rome_v460_fiches.csv",
  "rome_v460_appellations.csv",
  "communes_france_2026.csv",
  "naf_rev2.csv",
  "opcos.csv",
  "idcc_opco_2020.csv",
  "niveaux_diplomes.csv",
] as const;

/** A problem with the sources, told to the person running the build (a message, not a stack trace). */
class SourceError extends Error {}

/** Stops before reading anything when the folder, or one of the files it must hold, is missing. */
function checkSources(): void {
  if (!sourceDir) {
    throw new SourceError(
      [
        "SHARED_DATA_DIR is not set: name the folder holding the original source files",
        "(SHARED_DATA_DIR=/path/to/sources npm run data:build; a relative path starts from the repository root).",
        `That folder must hold: ${SOURCE_FILES.join(", ")}. Their sources are listed in docs/DATA.md.`,
      ].join("\n"),
    );
  }
  const folderMissing = !existsSync(sourceDir);
  const missing = folderMissing ? [...SOURCE_FILES] : SOURCE_FILES.filter((f) => !existsSync(join(sourceDir, f)));
  if (missing.length === 0) return;
  throw new SourceError(
    [
      folderMissing
        ? `source folder not found: ${sourceDir}`
        : `${missing.length} source file(s) missing in ${sourceDir}: ${missing.join(", ")}`,
      "Set SHARED_DATA_DIR=/path/to/sources to the folder holding them (a relative path starts from the repository root).",
      `That folder must hold: ${SOURCE_FILES.join(", ")}.`,
    ].join("\n"),
  );
}

type Row = Record<string, string>;
/** All sources read here are quoted, comma-separated UTF-8 CSVs; `;`-separated files are not used. */
const readCsv = (file: string): Row[] =>
  parse(readFileSync(join(sourceDir, file)), { columns: true, bom: true, skip_empty_lines: true });
const field = (row: Row, name: string): string => row[name]?.trim() ?? "";

function check(condition: boolean, message: string): void {
  if (!condition) throw new SourceError(message);
}

/**
 * ROME texts: SQL-doubled apostrophes (rome_v460_textes.csv, `d''un`), one cp1252 "œ" left as U+009C
 * (F1703 "gros œuvre"), tab-indented bullets and double spaces. Non-breaking spaces are kept on purpose.
 */
function cleanText(text: string): string {
  return text
    .replaceAll("''", "'")
    .replaceAll("\u009c", "œ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

type Appellation = { code: string; label: string; shortLabel: string };

/** The derived JSON lacks most short labels, so appellations come from rome_v460_appellations.csv (13,120 rows). */
function readAppellations(): Map<string, Appellation[]> {
  const byRome = new Map<string, Appellation[]>();
  for (const row of readCsv("rome_v460_appellations.csv")) {
    const list = byRome.get(field(row, "code_rome")) ?? [];
    list.push({
      code: field(row, "code_ogr"),
      label: cleanText(field(row, "libelle_appellation_long")),
      shortLabel: cleanText(field(row, "libelle_appellation_court")),
    });
    byRome.set(field(row, "code_rome"), list);
  }
  for (const list of byRome.values()) list.sort((a, b) => Number(a.code) - Number(b.code));
  return byRome;
}

type Item = { code_ogr: string; libelle: string; coeur_metier?: boolean };
type SourceFiche = {
  code_rome: string;
  code_rome_parent: string;
  libelle: string;
  domaine_professionnel: { code: string; libelle: string };
  definition: string[];
  acces_metier: string[];
  appellations: { code_ogr: string }[];
  savoir_faire?: Item[];
  savoir_etre_professionnels?: Item[];
};

/** Core skills (coeur_metier, from rome_v460_coherence_items.csv) first; the sort is stable, so source order otherwise. */
const labelsCoreFirst = (items: Item[] = [], max: number) =>
  [...items]
    .sort((a, b) => Number(Boolean(b.coeur_metier)) - Number(Boolean(a.coeur_metier)))
    .slice(0, max)
    .map((item) => cleanText(item.libelle));

function toRomeRecord(fiche: SourceFiche, appellations: Appellation[]) {
  check(fiche.code_rome_parent !== "", `${fiche.code_rome} has no code_rome_parent`);
  const fromJson = new Set(fiche.appellations.map((a) => a.code_ogr));
  check(
    fromJson.size === appellations.length && appellations.every((a) => fromJson.has(a.code)),
    `${fiche.code_rome}: appellations differ between the JSON and the CSV`,
  );
  return {
    code: fiche.code_rome,
    label: cleanText(fiche.libelle),
    parentCode: fiche.code_rome_parent,
    domain: { code: fiche.domaine_professionnel.code, label: cleanText(fiche.domaine_professionnel.libelle) },
    definition: fiche.definition.map(cleanText),
    access: fiche.acces_metier.map(cleanText),
    skills: labelsCoreFirst(fiche.savoir_faire, 25),
    softSkills: labelsCoreFirst(fiche.savoir_etre_professionnels, 10),
    appellations,
  };
}

/** ROME v4.60 (France Travail): one record per fiche of rome_v460_fiches_metiers.json, counts checked against the CSVs. */
function buildRome() {
  const fiches = JSON.parse(readFileSync(join(sourceDir, "rome_v460_fiches_metiers.json"), "utf8")) as SourceFiche[];
  const csvCodes = new Set(readCsv("rome_v460_fiches.csv").map((row) => field(row, "code_rome")));
  check(
    fiches.length === csvCodes.size && fiches.every((f) => csvCodes.has(f.code_rome)),
    "fiches differ between rome_v460_fiches_metiers.json and rome_v460_fiches.csv",
  );
  const appellations = readAppellations();
  const unknown = [...appellations.keys()].filter((code) => !csvCodes.has(code));
  check(unknown.length === 0, `appellations point to unknown fiches: ${unknown.join(", ")}`);
  return fiches.map((f) => toRomeRecord(f, appellations.get(f.code_rome) ?? [])).sort(byCode);
}

/** COG 2026 (communes_france_2026.csv): current communes and the 45 municipal arrondissements; delegated/associated communes are left out. */
function buildCommunes() {
  const kinds: Record<string, "commune" | "arrondissement"> = {
    "commune-actuelle": "commune",
    "arrondissement-municipal": "arrondissement",
  };
  const rows = readCsv("communes_france_2026.csv").filter((r) => kinds[field(r, "type")]);
  const located = rows.filter((r) => field(r, "latitude") !== "" && field(r, "longitude") !== "");
  console.log(`communes: ${rows.length - located.length} row(s) without coordinates skipped`);
  return located
    .map((r) => ({
      insee: field(r, "code_insee"),
      name: field(r, "nom"),
      kind: kinds[field(r, "type")],
      postcodes: [...new Set(field(r, "codes_postaux").split(" ").filter(Boolean))],
      departmentCode: field(r, "code_departement"),
      departmentName: field(r, "nom_departement"),
      regionCode: field(r, "code_region"),
      parentInsee: field(r, "commune_parente") || null,
      population: field(r, "population") ? Number(field(r, "population")) : null,
      latitude: Number(field(r, "latitude")),
      longitude: Number(field(r, "longitude")),
    }))
    .sort((a, b) => (a.insee < b.insee ? -1 : a.insee > b.insee ? 1 : 0));
}

/** NAF rév. 2 (INSEE), all five levels in the file's hierarchical order; division 85 marks education establishments. */
function buildNaf() {
  const levels = new Set(["section", "division", "groupe", "classe", "sous_classe"]);
  return readCsv("naf_rev2.csv").map((r) => {
    check(levels.has(field(r, "niveau")), `naf_rev2.csv: unknown level "${field(r, "niveau")}"`);
    return {
      code: field(r, "code"),
      apeCode: field(r, "code_ape") || null,
      level: field(r, "niveau"),
      label: field(r, "libelle"),
      division: field(r, "code_division") || null,
      section: field(r, "code_section"),
    };
  });
}

/** The 11 OPCO (opcos.csv) and the IDCC → OPCO table (idcc_opco_2020.csv, Ministère du Travail, 2019 decrees). */
function buildOpco() {
  const opcos = readCsv("opcos.csv").map((r) => ({
    code: field(r, "opco_code"),
    label: field(r, "libelle_lba"),
    shortName: field(r, "nom_usuel"),
    siren: field(r, "siren") || null,
    website: field(r, "site_web") || null,
  }));
  const known = new Set(opcos.map((o) => o.code));
  // Rows whose IDCC is empty or "N.A." describe sectors, not conventions, so they cannot be looked up by IDCC.
  const idcc = readCsv("idcc_opco_2020.csv")
    .filter((r) => /^\d+$/.test(field(r, "idcc")))
    .map((r) => ({ idcc: Number(field(r, "idcc")), opcoCode: field(r, "opco_code") }))
    .sort((a, b) => a.idcc - b.idcc);
  check(new Set(idcc.map((i) => i.idcc)).size === idcc.length, "idcc_opco_2020.csv: duplicated IDCC");
  check(
    idcc.every((i) => known.has(i.opcoCode)),
    "idcc_opco_2020.csv: OPCO code missing from opcos.csv",
  );
  return { opcos, idcc };
}

/** European levels 3–7 (niveaux_diplomes.csv): level 8 has no La bonne alternance label and is not offered. */
function buildDiplomaLevels() {
  return readCsv("niveaux_diplomes.csv")
    .filter((r) => /^[3-7]$/.test(field(r, "niveau_europeen")))
    .map((r) => ({
      level: field(r, "niveau_europeen"),
      label: field(r, "libelle_lba"),
      shortLabel: field(r, "libelle_lba_cle"),
      examples: field(r, "exemples_diplomes"),
      franceTravailCode: field(r, "code_france_travail_offres"),
    }));
}

type ManifestEntry = { file: string; version: string; count: number };

/** Gzip (level 9, no name/mtime in the header) or pretty JSON; the version hashes the uncompressed text only. */
function write(name: string, file: string, content: unknown, count: number): [string, ManifestEntry] {
  const gzip = file.endsWith(".gz");
  const text = gzip ? JSON.stringify(content) : `${JSON.stringify(content, null, 2)}\n`;
  const bytes = gzip ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  // zlib writes the OS byte of the build host (19 on macOS); pin it to Unix (3) so every machine gives the same file.
  if (gzip) bytes[9] = 3;
  writeFileSync(join(outDir, file), bytes);
  const version = createHash("sha256").update(text).digest("hex").slice(0, 16);
  console.log(
    `${name.padEnd(14)} ${String(count).padStart(6)} records ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB  ${file}`,
  );
  return [name, { file, version, count }];
}

/** builtAt is kept when no dataset changed, so a rebuild from the same sources leaves manifest.json byte-identical too. */
function writeManifest(datasets: Record<string, ManifestEntry>): void {
  const path = join(outDir, "manifest.json");
  const previous = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as { builtAt?: string; datasets?: unknown })
    : {};
  const unchanged = previous.builtAt && JSON.stringify(previous.datasets) === JSON.stringify(datasets);
  const builtAt = unchanged ? previous.builtAt : new Date().toISOString();
  writeFileSync(path, `${JSON.stringify({ builtAt, datasets }, null, 2)}\n`);
}

function main(): void {
  checkSources();
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
    // The count matches what the seeder imports: the OPCO rows plus the IDCC rows.
    write("opco", "opco.json", opco, opco.opcos.length + opco.idcc.length),
    write("diplomaLevels", "diploma-levels.json", levels, levels.length),
  ]);
  writeManifest(datasets);
}

try {
  main();
} catch (error) {
  if (!(error instanceof SourceError)) throw error;
  console.error(`build-referential-data: ${error.message}`);
  process.exit(1);
}
