import type { Brand } from "../shared/brand.ts";
import { addCalendarDays, calendarDay, calendarDaysBetween, partsOf } from "../shared/calendar-day.ts";
import { parisDayOf } from "../shared/paris-time.ts";
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

export function parseCalendarDate(value: string): Result<CalendarDate, CalendarDateMalformed> {
  const candidate = value.trim();
  const match = CALENDAR_DATE_PATTERN.exec(candidate);
  if (match === null) return err({ code: "CALENDAR_DATE_MALFORMED", value });
  // A day that does not exist (2026-02-30) rolls over to another one: the round trip tells.
  return calendarDay(Number(match[1]), Number(match[2]), Number(match[3])) === candidate
    ? ok(candidate as CalendarDate)
    : err({ code: "CALENDAR_DATE_MALFORMED", value });
}

/** The date an instant falls on in Europe/Paris (2026-10-24T22:30Z is already 2026-10-25 there). */
export function parisDateOf(instant: Date): CalendarDate {
  return parisDayOf(instant) as CalendarDate;
}

/** Calendar days from `from` to `to`: 1 from a date to the next one, negative when `to` is earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return calendarDaysBetween(from, to);
}

/** Calendar days between the Paris dates of two instants, whatever their hours. */
export function parisDaysBetween(from: Date, to: Date): number {
  return daysBetween(parisDateOf(from), parisDateOf(to));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return addCalendarDays(date, days) as CalendarDate;
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const [year, month, day] = partsOf(date);
  const lastDay = Number(calendarDay(year + years, month + 1, 0).slice(8));
  return calendarDay(year + years, month, Math.min(day, lastDay)) as CalendarDate;
}
