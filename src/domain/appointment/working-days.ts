import { addCalendarDays, type CalendarDay, calendarDaysBetween, weekdayOf } from "../shared/calendar-day.ts";
import { atParisWallClockOf, parisDayOf } from "../shared/paris-time.ts";
import { isFrenchPublicHoliday } from "./french-holidays.ts";

/** A working day (jour ouvré): Monday to Friday, except French public holidays. */
export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(day);
}

/** The `count`-th working day after `day` (`day` itself never counts, whatever it is). */
export function addWorkingDays(day: CalendarDay, count: number): CalendarDay {
  let current = day;
  for (let counted = 0; counted < count; ) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) counted++;
  }
  return current;
}

/** docs/PRODUCT.md §8: the CFA commits to answer within 4 working days. */
const ANSWER_WORKING_DAYS = 4;

/**
 * When `count` working days have passed since `instant`: the same Paris wall-clock time on the `count`-th working
 * day after its Paris day. A request on the Thursday before Easter at 10:00 is due the next Thursday at 10:00
 * (Friday, then Tuesday to Thursday: the weekend and Easter Monday are skipped).
 */
export function afterWorkingDays(instant: Date, count: number = ANSWER_WORKING_DAYS): Date {
  const start = parisDayOf(instant);
  const due = addWorkingDays(start, count);
  return atParisWallClockOf(instant, calendarDaysBetween(start, due));
}
