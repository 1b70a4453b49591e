import { CONTRACT_TYPES, type ContractType, type ContractTypes } from "../shared/contract-type.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type {
  ContractTypesRefusal,
  DescriptionRequired,
  DescriptionTooLong,
  DurationOutOfRange,
  EmployerDescriptionTooLong,
  OpeningsOutOfRange,
  StartDateRefusal,
} from "./errors.ts";
import { addYears, type CalendarDate, parseCalendarDate } from "./paris-calendar.ts";
import type { IntegerRange, OfferSettings } from "./settings.ts";

/** The rules of each field an offer form submits; limits come from OfferSettings. */

/** From `today` (a Paris date, so an offer may start the day it is posted) to today + N years, both included. */
export function checkStartDate(
  value: string,
  today: CalendarDate,
  settings: Pick<OfferSettings, "startDateMaxYearsAhead">,
): Result<CalendarDate, StartDateRefusal> {
  const parsed = parseCalendarDate(value);
  if (!parsed.ok) return err({ code: "START_DATE_MALFORMED", path: "startDate", value });
  const startDate = parsed.value;
  // ISO dates of four-digit years compare as strings.
  if (startDate < today) return err({ code: "START_DATE_IN_PAST", path: "startDate", startDate, earliest: today });
  const latest = addYears(today, settings.startDateMaxYearsAhead);
  if (startDate > latest) return err({ code: "START_DATE_TOO_FAR", path: "startDate", startDate, latest });
  return ok(startDate);
}

export function checkDurationMonths(value: number, range: IntegerRange): Result<number, DurationOutOfRange> {
  return isWholeWithin(value, range)
    ? ok(value)
    : err({ code: "DURATION_OUT_OF_RANGE", path: "durationMonths", value, ...range });
}

export function checkOpenings(value: number, range: IntegerRange): Result<number, OpeningsOutOfRange> {
  return isWholeWithin(value, range)
    ? ok(value)
    : err({ code: "OPENINGS_OUT_OF_RANGE", path: "openings", value, ...range });
}

/** At least one, none twice; returned in the canonical order so equal choices compare equal. */
export function checkContractTypes(values: readonly ContractType[]): Result<ContractTypes, ContractTypesRefusal> {
  const duplicate = values.findIndex((value, index) => values.indexOf(value) !== index);
  const repeated = values[duplicate];
  if (repeated !== undefined) {
    return err({ code: "CONTRACT_TYPE_DUPLICATE", path: `contractTypes.${duplicate}`, contractType: repeated });
  }
  const [first, ...rest] = CONTRACT_TYPES.filter((type) => values.includes(type));
  return first === undefined ? err({ code: "CONTRACT_TYPE_REQUIRED", path: "contractTypes" }) : ok([first, ...rest]);
}

/** Optional free text: trimmed, blank becomes null. */
export function checkEmployerDescription(
  value: string | null,
  settings: Pick<OfferSettings, "employerDescriptionMaxLength">,
): Result<string | null, EmployerDescriptionTooLong> {
  const text = value?.trim() || null;
  const length = text === null ? 0 : characterCount(text);
  const max = settings.employerDescriptionMaxLength;
  return length <= max
    ? ok(text)
    : err({ code: "EMPLOYER_DESCRIPTION_TOO_LONG", path: "employerDescription", length, max });
}

/** The public description, when the recruiter rewrites it: trimmed, not blank. */
export function checkDescription(
  value: string,
  settings: Pick<OfferSettings, "descriptionMaxLength">,
): Result<string, DescriptionRequired | DescriptionTooLong> {
  const text = value.trim();
  if (text === "") return err({ code: "DESCRIPTION_REQUIRED", path: "description" });
  const length = characterCount(text);
  const max = settings.descriptionMaxLength;
  return length <= max ? ok(text) : err({ code: "DESCRIPTION_TOO_LONG", path: "description", length, max });
}

/** Characters as a reader counts them (code points: an emoji is one, not two UTF-16 units). */
export function characterCount(text: string): number {
  return [...text].length;
}

function isWholeWithin(value: number, range: IntegerRange): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}
