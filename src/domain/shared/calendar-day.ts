/**
 * A calendar day as "YYYY-MM-DD", computed on UTC midnights so that no time zone or daylight-saving change ever
 * shifts it: what offer dates, working days and public holidays are counted on.
 */
export type CalendarDay = string;

const MS_PER_DAY = 86_400_000;

export function calendarDay(year: number, month: number, day: number): CalendarDay {
  const date = new Date(0);
  // setUTCFullYear keeps years below 100 literal and rolls 32 January over to 1 February.
  date.setUTCFullYear(year, month - 1, day);
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const [year, month, date] = partsOf(day);
  return calendarDay(year, month, date + days);
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(day: CalendarDay): number {
  const [year, month, date] = partsOf(day);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  return utc.getUTCDay();
}

export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  const at = (day: CalendarDay) => {
    const [year, month, date] = partsOf(day);
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, date);
    return utc.getTime();
  };
  return Math.round((at(to) - at(from)) / MS_PER_DAY);
}

export function partsOf(day: CalendarDay): [number, number, number] {
  const [year = Number.NaN, month = Number.NaN, date = Number.NaN] = day.split("-").map(Number);
  return [year, month, date];
}
