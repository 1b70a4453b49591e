import { z } from "zod";

/**
 * The wire format of France Travail's "Offres d'emploi v2" API (francetravail.io, realm `/partenaire`, scopes
 * `api_offresdemploiv2 o2dsoffre`), as far as we read it. The offline demo file (`data/demo/partner-offers.jsonl.gz`,
 * one offer object a line) and the local stub speak the same format, so every source goes through these schemas.
 *
 * `GET {api}/partenaire/offresdemploi/v2/offres/search?natureContrat=E2,FS&departement=75&range=0-149
 *   [&minCreationDate=…&maxCreationDate=…]` answers
 * - 200 (everything fits in the range) or 206 (partial: more to read) with `{ resultats: [...], filtresPossibles }`
 *   and the header `Content-Range: offres 0-149/1234` (first-last/total);
 * - 204 with no body when nothing matches;
 * - 400 when the range is out of bounds (first index > 3000 or last > 3149), 401 when the token is expired or
 *   unknown, 429 with `Retry-After` (seconds) past 10 requests a second.
 */

/** The contract natures we import: E2 contrat d'apprentissage, FS contrat de professionnalisation. */
const APPRENTICESHIP_NATURE = "E2";
const PROFESSIONALISATION_NATURE = "FS";
export const WORK_STUDY_NATURES = [APPRENTICESHIP_NATURE, PROFESSIONALISATION_NATURE] as const;
export type WorkStudyNature = (typeof WORK_STUDY_NATURES)[number];

/** The labels `natureContrat` takes in an offer for these natures (the search parameter takes the codes). */
export const NATURE_LABELS: Readonly<Record<WorkStudyNature, string>> = {
  E2: "Contrat apprentissage",
  FS: "Cont. professionnalisation",
};

/** A range asks for at most 150 offers; its first index may not pass 3000, its last 3149. */
export const MAX_RANGE_SIZE = 150;
export const MAX_RANGE_FIRST = 3000;
export const MAX_RANGE_LAST = 3149;
/** So at most 3150 offers are reachable through one query: more need the query split (creation-date windows). */
export const MAX_REACHABLE = MAX_RANGE_LAST + 1;

/** `range` query parameter: "first-last", both 0-based and inclusive. */
export function rangeParameter(first: number, last: number): string {
  return `${first}-${last}`;
}

export type ContentRange = Readonly<{ first: number; last: number; total: number }>;

/** Reads `Content-Range: offres 0-149/1234`; null when absent or not in that shape. */
export function parseContentRange(header: string | null): ContentRange | null {
  const match = header?.trim().match(/^offres\s+(\d+)-(\d+)\/(\d+)$/);
  if (!match) return null;
  return { first: Number(match[1]), last: Number(match[2]), total: Number(match[3]) };
}

/** Writes the header the way the API does (the stub uses it). */
export function formatContentRange(range: ContentRange): string {
  return `offres ${range.first}-${range.last}/${range.total}`;
}

/** Search parameter dates: `yyyy-MM-ddTHH:mm:ssZ`, no milliseconds. */
export function creationDateParameter(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

const text = z.string().nullish();

const WorkplaceSchema = z.object({
  /** "75 - Paris 15e Arrondissement". */
  libelle: text,
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
  codePostal: text,
  /** INSEE code of the commune. */
  commune: text,
});

const CompanySchema = z.object({
  nom: text,
  description: text,
  url: text,
  entrepriseAdaptee: z.boolean().nullish(),
});

/**
 * Wanted education: `niveauLibelle` is one of "CAP, BEP et équivalents", "Bac ou équivalent",
 * "Bac+2 ou équivalents", "Bac+3, Bac+4 ou équivalents", "Bac+5 et plus ou équivalents" (other forms exist, e.g.
 * "Bac+5"); `exigence` E required, S wished.
 */
const EducationSchema = z.object({
  codeFormation: text,
  domaineLibelle: text,
  niveauLibelle: text,
  commentaire: text,
  exigence: text,
});

const ContactSchema = z.object({
  nom: text,
  coordonnees1: text,
  coordonnees2: text,
  coordonnees3: text,
  telephone: text,
  /** The recruiter's email, rarely given (most offers are applied for on France Travail's site). */
  courriel: text,
  commentaire: text,
  urlRecruteur: text,
  urlPostulation: text,
});

const OriginSchema = z.object({
  /** "1" France Travail, "2" a partner. */
  origine: text,
  urlOrigine: text,
  partenaires: z.array(z.object({ nom: text, url: text, logo: text })).nullish(),
});

/** One offer of `resultats` (also one line of the demo file). Unknown fields pass through unread. */
export const FranceTravailOfferSchema = z.object({
  /** "193XKPY"-like; 7 characters in practice. */
  id: z.string().min(1),
  intitule: z.string(),
  description: text,
  /** ISO instants with milliseconds and Z: "2024-02-22T15:02:42.000Z". */
  dateCreation: z.string(),
  dateActualisation: text,
  lieuTravail: WorkplaceSchema.nullish(),
  romeCode: text,
  romeLibelle: text,
  appellationlibelle: text,
  entreprise: CompanySchema.nullish(),
  /** "CDD", "CDI", "MIS"… */
  typeContrat: text,
  typeContratLibelle: text,
  /** "Contrat apprentissage", "Cont. professionnalisation" (NATURE_LABELS), "Contrat travail"… */
  natureContrat: text,
  experienceExige: text,
  experienceLibelle: text,
  formations: z.array(EducationSchema).nullish(),
  salaire: z.object({ libelle: text, commentaire: text }).nullish(),
  dureeTravailLibelle: text,
  dureeTravailLibelleConverti: text,
  alternance: z.boolean().nullish(),
  contact: ContactSchema.nullish(),
  nombrePostes: z.number().nullish(),
  accessibleTH: z.boolean().nullish(),
  qualificationCode: text,
  qualificationLibelle: text,
  codeNAF: text,
  secteurActivite: text,
  secteurActiviteLibelle: text,
  trancheEffectifEtab: text,
  origineOffre: OriginSchema.nullish(),
});

/** What the parser gives; `z.input` is what a writer (the demo data generator, the stub) may produce. */
export type FranceTravailOffer = z.infer<typeof FranceTravailOfferSchema>;
export type FranceTravailOfferInput = z.input<typeof FranceTravailOfferSchema>;

/** The body of a 200/206 search answer. Offers are parsed one by one, so one malformed offer never spoils a page. */
export const SearchPageSchema = z.object({
  resultats: z.array(z.unknown()),
  filtresPossibles: z.array(z.unknown()).nullish(),
});

/**
 * `POST https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire`, form-encoded
 * `grant_type=client_credentials&client_id=…&client_secret=…&scope=api_offresdemploiv2 o2dsoffre`, answers
 * `{ access_token, scope, token_type: "Bearer", expires_in: 1499 }` (seconds).
 */
export const TOKEN_SCOPE = "api_offresdemploiv2 o2dsoffre";

export const TokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
  scope: z.string().nullish(),
});
