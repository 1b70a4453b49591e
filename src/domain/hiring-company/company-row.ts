import { type Email, parseEmail } from "../shared/email.ts";
import { type NafCode, parseNafCode } from "../shared/naf-code.ts";
import { parseRomeCode } from "../shared/rome-code.ts";
import { parseSiret, type Siret } from "../shared/siret.ts";
import type { CompanyAddress, HiringCompany, ScoredRome } from "./hiring-company.ts";

/**
 * One row of the algorithm companies file as the file reader gives it (docs/DATA.md "Algorithm companies file"):
 * every field a trimmed string ("" when empty); `romes` already split into pairs, null when the field cannot be
 * read as pairs at all.
 */
export type RawCompanyRow = Readonly<{
  siret: string;
  raisonSociale: string;
  enseigne: string;
  naf: string;
  adresse: string;
  codePostal: string;
  commune: string;
  codeInsee: string;
  latitude: string;
  longitude: string;
  romes: readonly Readonly<{ rome: string; score: string }>[] | null;
  email: string;
  telephone: string;
  siteWeb: string;
}>;

/** A line of the file: a row, or one the reader could not split into fields (bad quoting, not JSON). */
export type CompanyFileLine = Readonly<{ kind: "row"; row: RawCompanyRow }> | Readonly<{ kind: "unreadable" }>;

/** Why a row is left out of the import (French short reasons, as the summary line prints them). */
export type RowRejection =
  | "ligne_illisible"
  | "siret_invalide"
  | "raison_sociale_absente"
  | "naf_invalide"
  | "adresse_invalide"
  | "coordonnees_invalides"
  | "romes_absents"
  | "romes_invalides"
  | "rome_inconnu"
  | "doublon";

/** An optional contact field that was present but unusable: the row is kept without it. */
export type DroppedField = "email_invalide" | "telephone_invalide" | "site_web_invalide";

/** A row whose fields are well-formed; whether its codes exist in the referentials is checked next. */
export type ParsedCompanyRow = Readonly<{
  siret: Siret;
  legalName: string;
  brand: string | null;
  nafCode: NafCode;
  address: CompanyAddress;
  latitude: number;
  longitude: number;
  romes: readonly ScoredRome[];
  email: Email | null;
  phone: string | null;
  website: string | null;
  dropped: readonly DroppedField[];
}>;

type Parsed = Readonly<{ ok: true; row: ParsedCompanyRow }> | Readonly<{ ok: false; reason: RowRejection }>;

const POSTCODE = /^\d{5}$/;
/** INSEE commune code: 5 characters, Corsica's 2A/2B. */
const INSEE = /^(\d{5}|2[AB]\d{3})$/;
const SCORE = /^\d{1,3}$/;

/** Checks one row's shape; `ligne_illisible` rows never get here. The first failing check names the reason. */
export function parseCompanyRow(raw: RawCompanyRow): Parsed {
  const siret = parseSiret(raw.siret);
  if (!siret.ok) return rejected("siret_invalide");
  if (raw.raisonSociale === "") return rejected("raison_sociale_absente");
  const naf = parseNafCode(raw.naf);
  if (!naf.ok) return rejected("naf_invalide");
  if (!POSTCODE.test(raw.codePostal) || raw.commune === "" || !INSEE.test(raw.codeInsee.toUpperCase()))
    return rejected("adresse_invalide");
  const latitude = coordinate(raw.latitude, 90);
  const longitude = coordinate(raw.longitude, 180);
  if (latitude === null || longitude === null) return rejected("coordonnees_invalides");
  if (raw.romes === null) return rejected("romes_invalides");
  if (raw.romes.length === 0) return rejected("romes_absents");
  const romes = scoredRomes(raw.romes);
  if (romes === null) return rejected("romes_invalides");
  const contacts = contactsOf(raw);
  return {
    ok: true,
    row: {
      siret: siret.value,
      legalName: raw.raisonSociale,
      brand: raw.enseigne === "" ? null : raw.enseigne,
      nafCode: naf.value,
      address: {
        street: raw.adresse === "" ? null : raw.adresse,
        postcode: raw.codePostal,
        city: raw.commune,
        insee: raw.codeInsee.toUpperCase(),
      },
      latitude,
      longitude,
      romes,
      ...contacts,
    },
  };
}

/** What the referentials say about a row's codes (ROME v4.60 fiches, NAF rév. 2 labels). */
export type CodeLookups = Readonly<{
  isKnownRome(code: string): boolean;
  nafLabel(code: NafCode): string | null;
}>;

/**
 * The company a parsed row describes, once its codes are checked: ROME codes absent from the referential are
 * dropped (`rome_inconnu` when none is left), an unknown NAF code rejects the row.
 */
export function companyOfRow(
  row: ParsedCompanyRow,
  lookups: CodeLookups,
  importRank: number,
): Readonly<{ ok: true; company: HiringCompany }> | Readonly<{ ok: false; reason: RowRejection }> {
  const nafLabel = lookups.nafLabel(row.nafCode);
  if (nafLabel === null) return rejected("naf_invalide");
  const romes = row.romes.filter((rome) => lookups.isKnownRome(rome.code));
  if (romes.length === 0) return rejected("rome_inconnu");
  const { dropped: _, ...fields } = row;
  return { ok: true, company: { ...fields, romes, nafLabel, importRank } };
}

function rejected(reason: RowRejection) {
  return { ok: false as const, reason };
}

function coordinate(value: string, bound: number): number | null {
  if (value === "") return null;
  const number = Number(value);
  return Number.isFinite(number) && Math.abs(number) <= bound ? number : null;
}

/** Best score first, ties in the file's order; a code listed twice keeps its best score. */
function scoredRomes(pairs: NonNullable<RawCompanyRow["romes"]>): ScoredRome[] | null {
  const best = new Map<string, ScoredRome>();
  for (const pair of pairs) {
    const code = parseRomeCode(pair.rome);
    if (!code.ok || !SCORE.test(pair.score) || Number(pair.score) > 100) return null;
    const previous = best.get(code.value);
    if (!previous || previous.score < Number(pair.score))
      best.set(code.value, { code: code.value, score: Number(pair.score) });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** French numbers as the file writes them: 10 digits starting with 0, or +33 and 9 digits (spaces, dots allowed). */
const PHONE = /^(0\d{9}|\+33\d{9})$/;
const WEBSITE = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

function contactsOf(raw: RawCompanyRow) {
  const dropped: DroppedField[] = [];
  const email = raw.email === "" ? null : parseEmail(raw.email);
  if (email && !email.ok) dropped.push("email_invalide");
  const phone = raw.telephone === "" ? null : raw.telephone.replace(/[\s.-]/g, "");
  if (phone !== null && !PHONE.test(phone)) dropped.push("telephone_invalide");
  const website = raw.siteWeb === "" ? null : raw.siteWeb;
  if (website !== null && !WEBSITE.test(website)) dropped.push("site_web_invalide");
  return {
    email: email?.ok ? email.value : null,
    phone: phone !== null && PHONE.test(phone) ? raw.telephone : null,
    website: website !== null && WEBSITE.test(website) ? website : null,
    dropped,
  };
}
