import type { Brand } from "../shared/brand.ts";
import { err, ok, type Result } from "../shared/result.ts";

/**
 * Offers speak in French calendar days: a start date, "your offer expires in 7 days". An instant is first turned
 * into its Europe/Paris date, then days are counted on the calendar, so the 23-hour and 25-hour days of the
 * daylight-saving changes (last Sunday of March and of October) each count as one day.
 */

/** ISO 8601 calendar date, e.g. "2026-09-01". HTTP schemas reuse it; parseCalendarDate also rejects "2026-02-30". */
const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarDate = Brand<string, "CalendarDate">;

export type CalendarDateMalformed = Readonly<{ code: "CALENDAR_DATE_MALFORMED"; value: string }>;

export const MS_PER_DAY = 86_400_000;

// Intl is an ECMAScript built-in that carries the IANA rules of Europe/Paris (CET UTC+1, CEST UTC+2): no
// hand-written DST table. Only the numeric parts are read, so the locale does not matter.
const PARIS_DATE_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function parseCalendarDate(value: string): Result<CalendarDate, CalendarDateMalformed> {
  const candidate = value.trim();
  const match = CALENDAR_DATE_PATTERN.exec(candidate);
  if (match === null) return err({ code: "CALENDAR_DATE_MALFORMED", value });
  const day = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  // A day that does not exist (2026-02-30) rolls over to another one: the round trip tells.
  return formatUtcDay(day) === candidate
    ? ok(candidate as CalendarDate)
    : err({ code: "CALENDAR_DATE_MALFORMED", value });
}

/** The date an instant falls on in Europe/Paris (2026-10-24T22:30Z is already 2026-10-25 there). */
export function parisDateOf(instant: Date): CalendarDate {
  const parts = PARIS_DATE_PARTS.formatToParts(instant);
  const part = (type: "year" | "month" | "day") => Number(parts.find((p) => p.type === type)?.value);
  return formatUtcDay(utcDay(part("year"), part("month"), part("day"))) as CalendarDate;
}

/** Calendar days from `from` to `to`: 1 from a date to the next one, negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((dayOf(to).getTime() - dayOf(from).getTime()) / MS_PER_DAY);
}

/** Calendar days between the Paris dates of two instants, whatever their hours. */
export function parisDaysBetween(from: Date, to: Date): number {
  return daysBetween(parisDateOf(from), parisDateOf(to));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return formatUtcDay(new Date(dayOf(date).getTime() + days * MS_PER_DAY)) as CalendarDate;
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const day = dayOf(date);
  const year = day.getUTCFullYear() + years;
  const month = day.getUTCMonth() + 1;
  const lastDay = utcDay(year, month + 1, 0).getUTCDate();
  return formatUtcDay(utcDay(year, month, Math.min(day.getUTCDate(), lastDay))) as CalendarDate;
}

function dayOf(date: CalendarDate): Date {
  const [year, month, day] = date.split("-").map(Number);
  return utcDay(year ?? Number.NaN, month ?? Number.NaN, day ?? Number.NaN);
}

/** UTC midnight of a day; setUTCFullYear keeps years below 100 literal (Date.UTC maps them to 19xx). */
function utcDay(year: number, month: number, day: number): Date {
  const result = new Date(0);
  result.setUTCFullYear(year, month - 1, day);
  return result;
}

function formatUtcDay(day: Date): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}
