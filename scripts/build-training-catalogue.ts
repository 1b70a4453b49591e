/**
 * Builds the offline demo training catalogue, data/catalogue/demo-catalogue.json.gz, from the Parcoursup 2020 list
 * of apprenticeship trainings (formations_apprentissage_parcoursup_2020_enrichi.csv in the folder SHARED_DATA_DIR
 * names; source, licence and what is generated: docs/DATA.md "Training catalogue (demo)").
 * Every row becomes one record in the Carif-Oref wire format, so the offline source runs the real mapping.
 * Real: titles, CFA names, UAI, communes, coordinates, CFD, RNCP, ROME codes, levels. DEMO (generated, labelled):
 * SIRETs, emails, phones, sessions and the few establishments without Qualiopi. Deterministic: no clock, no
 * randomness, so a rebuild gives the same bytes.
 * Run: SHARED_DATA_DIR=/path/to/sources npm run data:catalogue
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { DEMO_SIRETS } from "../src/adapters/memory/fixtures/establishments.ts";
import { isValidSiretChecksum } from "../src/domain/shared/siret.ts";

const SOURCE_FILE = "formations_apprentissage_parcoursup_2020_enrichi.csv";
const repoRoot = resolve(import.meta.dirname, "..");
const outFile = join(repoRoot, "data/catalogue/demo-catalogue.json.gz");
/** The rentrée the stored sessions start from; the offline source moves them to the next September. */
const SESSION_BASE_YEAR = 2027;
/** Real CFAs given the SIRETs the offline INSEE directory already knows (src/adapters/memory/fixtures). */
const FIXTURE_ESTABLISHMENTS: Readonly<Record<string, string>> = {
  "0692514H|CFA - Société d'enseignement professionnel du rhône (SEPR)": DEMO_SIRETS.cfaQualiopi,
  "0422256Z|IRUP": DEMO_SIRETS.cfaNotQualiopi,
};
/** Establishments deliberately listed without Qualiopi besides IRUP: every 500th, from the 250th. */
const isWithoutQualiopi = (index: number, siret: string) => siret === DEMO_SIRETS.cfaNotQualiopi || index % 500 === 250;
/** The level Parcoursup does not give (rows without CFD), from the diploma type; unknown types stay without. */
const LEVEL_BY_TYPE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(BTS|DUT|DEUST|DMA|DEJEPS|Mise à niveau)/, "5"],
  [/^(Mention complémentaire|Certificat de Spécialisation Agricole|BPJEPS)/, "4"],
  [/^(DCG|Licence|D\.E|DN MADE)/, "6"],
  [/^Formations? +des écoles/, "7"],
];
const LEVEL_LABELS: Readonly<Record<string, string>> = {
  "4": "4 (BAC...)",
  "5": "5 (BTS, DEUST...)",
  "6": "6 (Licence, BUT...)",
  "7": "7 (Master, titre ingénieur...)",
};

type Row = Record<string, string>;
type Establishment = Readonly<{ key: string; uai: string; name: string; row: Row }>;
type Numbered = Establishment & Readonly<{ siret: string; index: number; slug: string }>;

const clean = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
const digest = (text: string) => createHash("sha256").update(text).digest();

function readRows(): Row[] {
  const dir = process.env.SHARED_DATA_DIR ? resolve(repoRoot, process.env.SHARED_DATA_DIR) : "";
  if (!dir || !existsSync(join(dir, SOURCE_FILE))) {
    console.error(
      `build-training-catalogue: ${dir ? `${SOURCE_FILE} not found in ${dir}` : "SHARED_DATA_DIR is not set"}.\n` +
        `Set SHARED_DATA_DIR=/path/to/sources to the folder holding ${SOURCE_FILE} (docs/DATA.md).`,
    );
    process.exit(1);
  }
  return parse(readFileSync(join(dir, SOURCE_FILE)), { columns: true, bom: true, skip_empty_lines: true });
}

/** A demo SIRET: SIREN 9912 + the establishment's number, NIC 0001 + the Luhn digit (away from 991 000 0xx). */
function demoSiret(number: number): string {
  const body = `9912${String(number).padStart(5, "0")}0001`;
  const check = [..."0123456789"].find((digit) => isValidSiretChecksum(body + digit));
  return body + check;
}

function slugOf(name: string, uai: string): string {
  const words =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return [
    ...words
      .join("-")
      .slice(0, 30)
      .replace(/-[^-]*$|-$/, "")
      .split("-"),
    uai.toLowerCase(),
  ]
    .filter(Boolean)
    .join("-");
}

/** Formateurs (UAI and name of the lieu de formation) and the gestionnaires no formateur stands for. */
function establishmentsOf(rows: readonly Row[]): Map<string, Numbered> {
  const found = new Map<string, Establishment>();
  const add = (uai: string, name: string, row: Row) => {
    const key = `${uai}|${clean(name)}`;
    if (!found.has(key)) found.set(key, { key, uai, name: clean(name), row });
  };
  for (const row of rows) add(row.uai_lieu_formation as string, row.nom_lieu_formation as string, row);
  const lieux = new Set(rows.map((row) => row.uai_lieu_formation));
  for (const row of rows) {
    if (!lieux.has(row.uai_gestionnaire)) add(row.uai_gestionnaire as string, row.nom_composante as string, row);
  }
  const sorted = [...found.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  return new Map(
    sorted.map((e, index) => {
      const siret = FIXTURE_ESTABLISHMENTS[e.key] ?? demoSiret(index + 1);
      return [e.key, { ...e, index, siret, slug: slugOf(e.name, e.uai) }];
    }),
  );
}

/** The gestionnaire: the formateur itself, else the establishment teaching under that UAI with most rows. */
function gestionnaireOf(row: Row, formateur: Numbered, all: Map<string, Numbered>, rows: readonly Row[]): Numbered {
  if (row.uai_gestionnaire === row.uai_lieu_formation) return formateur;
  const candidates = [...all.values()].filter((e) => e.uai === row.uai_gestionnaire);
  const weight = (e: Numbered) =>
    rows.filter((r) => `${r.uai_lieu_formation}|${clean(r.nom_lieu_formation)}` === e.key).length;
  return candidates.sort((a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : 1))[0] as Numbered;
}

const mail = (local: string, e: Numbered) => `${local}@${e.slug}.demo.labonnealternance.local`;
const phone = (e: Numbered) =>
  `01 99 00 ${String(e.index)
    .padStart(4, "0")
    .replace(/(\d\d)(\d\d)/, "$1 $2")}`;

function block(prefix: string, e: Numbered, local: string) {
  return {
    [`${prefix}_siret`]: e.siret,
    [`${prefix}_uai`]: e.uai,
    [`${prefix}_entreprise_raison_sociale`]: e.name,
    [`${prefix}_code_postal`]: e.row.code_postal,
    [`${prefix}_localite`]: clean(e.row.commune),
    [`${prefix}_code_commune_insee`]: e.row.code_commune_insee,
    [`${prefix}_courriel`]: mail(local, e),
  };
}

/** Two demo rentrées (SESSION_BASE_YEAR and the next), on a September day and for a length set by the type. */
function sessionsOf(row: Row, seed: Buffer) {
  const years = /^D\.E/.test(row.type_formation ?? "")
    ? 3
    : /^(Mention|Certificat|Formation pro|Mise|BPJEPS)/.test(row.type_formation ?? "")
      ? 1
      : 2;
  const day = String(1 + ((seed[0] as number) % 20)).padStart(2, "0");
  const starts = [0, 1].map((n) => `${SESSION_BASE_YEAR + n}-09-${day}T00:00:00.000Z`);
  return { date_debut: starts, date_fin: [0, 1].map((n) => `${SESSION_BASE_YEAR + n + years}-06-30T00:00:00.000Z`) };
}

function levelOf(row: Row): string | undefined {
  const level = row.niveau_europeen || LEVEL_BY_TYPE.find(([type]) => type.test(row.type_formation ?? ""))?.[1];
  return level ? LEVEL_LABELS[level] : undefined;
}

/**
 * Stable across rebuilds and row renumbering: made of the row's identifying columns; rows sharing them (another
 * composante name, or exact twins) are numbered `#Lnn` in the order of their own columns, never of the file.
 */
function keysOf(rows: readonly Row[]): Map<Row, string> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const base = `DEMO-${row.uai_lieu_formation}-${row.uai_gestionnaire}-${row.code_mef || row.cfd || "SANSCODE"}`;
    groups.set(base, [...(groups.get(base) ?? []), row]);
  }
  const order = (row: Row) =>
    [row.nom_lieu_formation, row.libelle_parcoursup, row.code_postal, row.codes_rome].join("|");
  const keys = new Map<Row, string>();
  for (const [base, group] of groups) {
    group.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    for (const [n, row] of group.entries()) keys.set(row, `${base}#L${String(n + 1).padStart(2, "0")}`);
  }
  return keys;
}

function recordOf(row: Row, all: Map<string, Numbered>, rows: readonly Row[], key: string) {
  const formateur = all.get(`${row.uai_lieu_formation}|${clean(row.nom_lieu_formation)}`) as Numbered;
  const gestionnaire = gestionnaireOf(row, formateur, all, rows);
  const seed = digest(key);
  const title = row.libelle_bcn || `${clean(row.intitule_formation)} (${clean(row.type_formation)})`;
  return {
    cle_ministere_educatif: key,
    cfd: row.cfd || undefined,
    rncp_code: row.code_rncp || undefined,
    intitule_long: title,
    niveau: levelOf(row),
    rome_codes: row.codes_rome ? row.codes_rome.split("|") : [],
    ...block("etablissement_formateur", formateur, "contact"),
    ...block("etablissement_gestionnaire", gestionnaire, "direction"),
    etablissement_reference_certifie_qualite: !isWithoutQualiopi(formateur.index, formateur.siret),
    lieu_formation_geo_coordonnees: row.latitude && row.longitude ? `${row.latitude},${row.longitude}` : undefined,
    code_postal: row.code_postal,
    code_commune_insee: row.code_commune_insee,
    localite: clean(row.commune),
    // One training in ten has no contact email of its own: the contact rule then falls back on an establishment's.
    email: (seed[1] as number) % 10 === 0 ? undefined : mail("formation", formateur),
    num_tel: phone(gestionnaire),
    ...sessionsOf(row, seed),
    published: true,
    catalogue_published: true,
  };
}

function main(): void {
  const rows = readRows();
  const establishments = establishmentsOf(rows);
  const lost = Object.keys(FIXTURE_ESTABLISHMENTS).filter((key) => !establishments.has(key));
  if (lost.length > 0) throw new Error(`fixture establishments not in the source: ${lost.join(", ")}`);
  const keys = keysOf(rows);
  const formations = rows.map((row) => recordOf(row, establishments, rows, keys.get(row) as string));
  const file = {
    about:
      "DEMO catalogue: Parcoursup 2020 apprenticeship trainings in the Carif-Oref wire format; SIRETs, emails, " +
      "phones, sessions and Qualiopi flags are generated demo data (docs/DATA.md).",
    sessionBaseYear: SESSION_BASE_YEAR,
    formations,
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  bytes[9] = 3; // the OS byte of the gzip header: "Unix" on every platform, so the bytes do not depend on it
  mkdirSync(join(repoRoot, "data/catalogue"), { recursive: true });
  writeFileSync(outFile, bytes);
  const without = [...establishments.values()].filter((e) => isWithoutQualiopi(e.index, e.siret));
  console.log(`${formations.length} trainings, ${establishments.size} establishments, ${bytes.length} bytes`);
  console.log(`without Qualiopi: ${without.map((e) => `${e.siret} ${e.name} (${clean(e.row.commune)})`).join("; ")}`);
}

main();
