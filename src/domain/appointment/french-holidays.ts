import { addCalendarDays, type CalendarDay, calendarDay } from "../shared/calendar-day.ts";

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus, "Astronomical Algorithms",
 * ch. 8): computed for any year, so no list of dates ever runs out.
 */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDay(year, month, day);
}

/**
 * The eleven public holidays (jours fériés) of the French labour code, art. L3133-1, in date order: eight fixed
 * dates and three that follow Easter (Monday, Ascension Thursday 39 days after, Whit Monday 50 days after).
 * Alsace-Moselle's two extra days are local and not counted.
 */
export function frenchPublicHolidays(year: number): CalendarDay[] {
  const easter = easterSunday(year);
  const fixed = [
    [1, 1],
    [5, 1],
    [5, 8],
    [7, 14],
    [8, 15],
    [11, 1],
    [11, 11],
    [12, 25],
  ].map(([month, day]) => calendarDay(year, month ?? 1, day ?? 1));
  const moving = [1, 39, 50].map((offset) => addCalendarDays(easter, offset));
  return [...fixed, ...moving].sort();
}

export function isFrenchPublicHoliday(day: CalendarDay): boolean {
  return frenchPublicHolidays(Number(day.slice(0, 4))).includes(day);
}
