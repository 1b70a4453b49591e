import { z } from "zod";
import { frenchCount } from "../domain/shared/french-plural.ts";

type Issue = z.core.$ZodRawIssue;
type SizeIssue = Extract<Issue, { code: "too_small" | "too_big" }>;

// zod's own French locale answers "Trop petit : chaîne de caractères doit avoir >=2 caractères": understandable,
// not written. These sentences say what to type; it stays the fallback for the issues our schemas never raise.
const ZOD_FRENCH = z.locales.fr().localeError;

const EXPECTED: Readonly<Record<string, string>> = {
  string: "Un texte est attendu",
  number: "Un nombre est attendu",
  int: "Un nombre entier est attendu",
  bigint: "Un nombre entier est attendu",
  boolean: "Un booléen (true ou false) est attendu",
  array: "Une liste est attendue",
  object: "Un objet est attendu",
  date: "Une date est attendue",
};

const FORMATS: Readonly<Record<string, string>> = {
  email: "Adresse e-mail invalide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
  date: "Date invalide : le format attendu est AAAA-MM-JJ (par exemple 2027-01-04).",
  datetime: "Date et heure invalides : le format attendu est ISO 8601 (par exemple 2027-01-04T09:00:00Z).",
  url: "Adresse web invalide (par exemple https://exemple.fr).",
  uuid: "Identifiant invalide : un UUID est attendu.",
  regex: "Le format de cette valeur n’est pas valide.",
};

const quoted = (value: unknown) => `« ${String(value)} »`;

/** "« a »", "« a » ou « b »", "« a », « b » ou « c »". */
function listed(values: readonly unknown[], conjunction: "ou" | "et"): string {
  const all = values.map(quoted);
  return all.length > 1 ? `${all.slice(0, -1).join(", ")} ${conjunction} ${all.at(-1)}` : (all[0] ?? "");
}

function received(input: unknown): string | null {
  if (input === null) return "la valeur null";
  if (Array.isArray(input)) return "une liste";
  if (typeof input === "number") return Number.isNaN(input) ? null : "un nombre";
  return (
    ({ string: "un texte", boolean: "un booléen", object: "un objet" } as Record<string, string>)[typeof input] ?? null
  );
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>): string | undefined {
  if (issue.input === undefined) return "Ce champ est obligatoire.";
  if (issue.expected === "int" && typeof issue.input === "number")
    return "Un nombre entier est attendu, sans décimale.";
  const expected = EXPECTED[issue.expected];
  if (!expected) return undefined;
  const got = received(issue.input);
  return got ? `${expected}, pas ${got}.` : `${expected}.`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string | undefined {
  const min = Number(issue.minimum);
  const exactly = issue.exact ? "exactement" : "au moins";
  if (issue.origin === "string") {
    return min <= 1 && !issue.exact
      ? "Ce champ ne peut pas être vide."
      : `Saisissez ${exactly} ${frenchCount(min, "caractère")}.`;
  }
  if (issue.origin === "array" || issue.origin === "set") {
    return min <= 1 && !issue.exact
      ? "Indiquez au moins un élément."
      : `Indiquez ${exactly} ${frenchCount(min, "élément")}.`;
  }
  if (isNumeric(issue)) {
    return issue.inclusive === false
      ? `Le nombre doit être strictement supérieur à ${min}.`
      : `La valeur minimale est ${min}.`;
  }
  return undefined;
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string | undefined {
  const max = Number(issue.maximum);
  const size = sizeOf(issue);
  const unit = issue.origin === "string" ? "caractère" : "élément";
  if (size !== null) {
    const what = issue.origin === "string" ? "Ce texte" : "La liste";
    return issue.exact
      ? `${what} compte ${frenchCount(size, unit)} ; il en faut exactement ${max}.`
      : `${what} compte ${frenchCount(size, unit)} ; le maximum est ${max}.`;
  }
  if (isNumeric(issue)) {
    return issue.inclusive === false
      ? `Le nombre doit être strictement inférieur à ${max}.`
      : `La valeur maximale est ${max}.`;
  }
  return undefined;
}

const isNumeric = (issue: SizeIssue) => ["number", "int", "bigint"].includes(issue.origin);

/** The length of a string, or the count of a list or set, that was too big; null for anything else. */
function sizeOf(issue: SizeIssue): number | null {
  const input: unknown = issue.input;
  if (issue.origin === "string" && typeof input === "string") return input.length;
  if (issue.origin === "array" && Array.isArray(input)) return input.length;
  if (issue.origin === "set" && input instanceof Set) return input.size;
  return null;
}

function invalidValue(issue: Extract<Issue, { code: "invalid_value" }>): string {
  if (issue.input === undefined) return "Ce champ est obligatoire.";
  if (issue.values.length === 1) return `La seule valeur acceptée est ${quoted(issue.values[0])}.`;
  const shown =
    typeof issue.input === "string" || typeof issue.input === "number" ? quoted(issue.input) : "Cette valeur";
  return `${shown} ne fait pas partie des valeurs possibles : ${listed(issue.values, "ou")}.`;
}

function invalidFormat(issue: Extract<Issue, { code: "invalid_format" }>): string | undefined {
  const known = FORMATS[issue.format];
  if (known) return known;
  const text = issue as { prefix?: string; suffix?: string; includes?: string };
  if (issue.format === "starts_with") return `Le texte doit commencer par ${quoted(text.prefix)}.`;
  if (issue.format === "ends_with") return `Le texte doit se terminer par ${quoted(text.suffix)}.`;
  if (issue.format === "includes") return `Le texte doit contenir ${quoted(text.includes)}.`;
  return undefined;
}

function byCode(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue);
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value":
      return invalidValue(issue);
    case "invalid_format":
      return invalidFormat(issue);
    case "unrecognized_keys":
      return `${issue.keys.length > 1 ? "Champs inconnus" : "Champ inconnu"} : ${listed(issue.keys, "et")}.`;
    case "not_multiple_of":
      return `Le nombre doit être un multiple de ${issue.divisor}.`;
    case "invalid_union":
      return "Cette valeur ne correspond à aucune des formes acceptées.";
    case "custom":
      return "Valeur invalide.";
    default:
      return undefined;
  }
}

/**
 * The French sentence of a schema failure, shown in VALIDATION_FAILED's `errors[].message` next to its `path`:
 * what is expected, in words a person reads ("Saisissez au moins 2 caractères."). A schema's own message wins.
 */
export function frenchIssueMessage(issue: Issue): string {
  const message = byCode(issue);
  if (message) return message;
  const fallback = ZOD_FRENCH(issue);
  return typeof fallback === "string" ? fallback : (fallback?.message ?? "Valeur invalide.");
}
