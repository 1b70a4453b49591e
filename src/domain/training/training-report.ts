import { type Email, type EmailError, parseEmail } from "../shared/email.ts";
import { type InseeCode, parseInseeCode } from "../shared/insee-code.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { parseSiret, type Siret, type SiretInvalid } from "../shared/siret.ts";

/**
 * "My training is missing" (FAQ "Vous avez déjà référencé certaines de vos formations via le Carif-Oref…"): a
 * training establishment tells support that trainings it declared to its regional Carif-Oref do not show here.
 */

/** France compétences: a certification of the Répertoire national, "RNCP" then its number. */
const RNCP_PATTERN = /^RNCP\d{1,6}$/;
/** Base Centrale des Nomenclatures: a diploma code (CFD) is 8 letters or digits. */
const CFD_PATTERN = /^[0-9A-Z]{8}$/;
/** The enrolment period as the Carif-Oref catalogue writes it. */
const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** La Poste: 5 digits. */
const POSTCODE_PATTERN = /^\d{5}$/;
/** The furthest ahead a catalogue opens enrolments, with a margin: a later month is a typing error. */
const PERIOD_MONTHS_AHEAD = 24;
/** Older than this is no enrolment period anyone can still be missing. */
const FIRST_PERIOD_YEAR = 2000;
/** A resolution message stays a short note to the reporter. */
export const RESOLUTION_NOTE_MAX_LENGTH = 2000;

/** The training's place: its commune's INSEE code, or else a postcode (the FAQ's order of preference). */
export type ReportPlace =
  | Readonly<{ kind: "insee"; insee: InseeCode }>
  | Readonly<{ kind: "postcode"; postcode: string }>;

/** What the reporter says. No RNCP nor CFD: the whole establishment is missing, not some of its trainings. */
export type TrainingReportDetails = Readonly<{
  siret: Siret;
  rncp: string | null;
  cfd: string | null;
  /** `YYYY-MM`. */
  period: string;
  place: ReportPlace;
  reporterEmail: Email;
}>;

type ReportBase = TrainingReportDetails & Readonly<{ id: string; createdAt: Date }>;
export type OpenTrainingReport = ReportBase & Readonly<{ status: "open" }>;
export type ResolvedTrainingReport = ReportBase &
  Readonly<{ status: "resolved"; resolvedAt: Date; resolvedBy: string; resolutionNote: string | null }>;
export type TrainingReport = OpenTrainingReport | ResolvedTrainingReport;
export type TrainingReportStatus = TrainingReport["status"];

/** As received (a form may send empty strings for the fields left blank). */
export type TrainingReportInput = Readonly<{
  siret: string;
  rncp?: string | null;
  cfd?: string | null;
  period: string;
  insee?: string | null;
  postcode?: string | null;
  reporterEmail: string;
}>;

/**
 * One field of a report that cannot be used. `format`: not the field's pattern; `too_early` / `too_late`: a
 * period outside FIRST_PERIOD_YEAR … PERIOD_MONTHS_AHEAD from now; `missing` / `both`: neither or both of INSEE
 * and postcode; `too_long`: a resolution note over RESOLUTION_NOTE_MAX_LENGTH.
 */
export type TrainingReportInvalid = Readonly<{
  code: "TRAINING_REPORT_INVALID";
  path: "rncp" | "cfd" | "period" | "insee" | "postcode" | "place" | "message";
  reason: "format" | "too_early" | "too_late" | "missing" | "both" | "too_long";
}>;
/** No commune of the referential has this INSEE code or postcode. */
export type PlaceUnknown = Readonly<{ code: "PLACE_UNKNOWN"; path: "insee" | "postcode"; value: string }>;
export type TrainingReportAlreadyResolved = Readonly<{ code: "TRAINING_REPORT_ALREADY_RESOLVED"; id: string }>;
export type TrainingReportNotFound = Readonly<{ code: "TRAINING_REPORT_NOT_FOUND"; id: string }>;

type Invalid = (path: TrainingReportInvalid["path"], reason: TrainingReportInvalid["reason"]) => TrainingReportInvalid;
const invalid: Invalid = (path, reason) => ({ code: "TRAINING_REPORT_INVALID", path, reason });

/** Blank or absent is "not given"; otherwise upper-case without spaces ("rncp 34 567" is RNCP34567). */
function given(value: string | null | undefined): string | null {
  const compact = (value ?? "").replace(/\s/g, "").toUpperCase();
  return compact === "" ? null : compact;
}

/** `now` bounds the period (its UTC month: a day's difference does not matter over two years). */
export function parseTrainingReport(
  input: TrainingReportInput,
  now: Date,
): Result<TrainingReportDetails, SiretInvalid | EmailError | TrainingReportInvalid> {
  const siret = parseSiret(input.siret);
  if (!siret.ok) return siret;
  const [rncp, cfd] = [given(input.rncp), given(input.cfd)];
  if (rncp !== null && !RNCP_PATTERN.test(rncp)) return err(invalid("rncp", "format"));
  if (cfd !== null && !CFD_PATTERN.test(cfd)) return err(invalid("cfd", "format"));
  const period = parsePeriod(input.period, now);
  if (!period.ok) return period;
  const place = parsePlace(input.insee, input.postcode);
  if (!place.ok) return place;
  const reporterEmail = parseEmail(input.reporterEmail);
  if (!reporterEmail.ok) return reporterEmail;
  return ok({
    siret: siret.value,
    rncp,
    cfd,
    period: period.value,
    place: place.value,
    reporterEmail: reporterEmail.value,
  });
}

function parsePeriod(value: string, now: Date): Result<string, TrainingReportInvalid> {
  const period = value.trim();
  if (!PERIOD_PATTERN.test(period)) return err(invalid("period", "format"));
  const [year, month] = period.split("-").map(Number) as [number, number];
  if (year < FIRST_PERIOD_YEAR) return err(invalid("period", "too_early"));
  const latest = now.getUTCFullYear() * 12 + now.getUTCMonth() + PERIOD_MONTHS_AHEAD;
  if (year * 12 + (month - 1) > latest) return err(invalid("period", "too_late"));
  return ok(period);
}

function parsePlace(
  insee: string | null | undefined,
  postcode: string | null | undefined,
): Result<ReportPlace, TrainingReportInvalid> {
  const [code, post] = [given(insee), given(postcode)];
  if (code !== null && post !== null) return err(invalid("place", "both"));
  if (code !== null) {
    const parsed = parseInseeCode(code);
    return parsed.ok ? ok({ kind: "insee", insee: parsed.value }) : err(invalid("insee", "format"));
  }
  if (post === null) return err(invalid("place", "missing"));
  return POSTCODE_PATTERN.test(post) ? ok({ kind: "postcode", postcode: post }) : err(invalid("postcode", "format"));
}

export function newTrainingReport(details: TrainingReportDetails, id: string, now: Date): OpenTrainingReport {
  return { ...details, id, createdAt: now, status: "open" };
}

/** Blank is no note; the note is trimmed. */
export function parseResolutionNote(value: string | null | undefined): Result<string | null, TrainingReportInvalid> {
  const note = (value ?? "").trim();
  if (note.length > RESOLUTION_NOTE_MAX_LENGTH) return err(invalid("message", "too_long"));
  return ok(note === "" ? null : note);
}

/** Support closes a report once the anomaly is corrected; a report is resolved once. */
export function resolveTrainingReport(
  report: TrainingReport,
  resolution: Readonly<{ by: string; note: string | null; now: Date }>,
): Result<ResolvedTrainingReport, TrainingReportAlreadyResolved> {
  if (report.status === "resolved") return err({ code: "TRAINING_REPORT_ALREADY_RESOLVED", id: report.id });
  const { by, note, now } = resolution;
  return ok({ ...report, status: "resolved", resolvedAt: now, resolvedBy: by, resolutionNote: note });
}
