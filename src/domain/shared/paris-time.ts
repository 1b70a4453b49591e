import { type CalendarDay, calendarDay, partsOf } from "./calendar-day.ts";

// Intl is an ECMAScript built-in carrying the IANA rules of Europe/Paris (UTC+1, UTC+2 in summer): no
// hand-written daylight-saving table. Only numeric parts are read, so the locale does not matter.
const PARIS_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

type WallClock = Readonly<{ year: number; month: number; day: number; hour: number; minute: number; second: number }>;

function parisWallClock(instant: Date): WallClock {
  const parts = PARIS_PARTS.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** The Paris calendar day an instant falls on (2026-10-24T22:30Z is already the 25th there). */
export function parisDayOf(instant: Date): CalendarDay {
  const wall = parisWallClock(instant);
  return calendarDay(wall.year, wall.month, wall.day);
}

/** Paris's offset from UTC at that instant, in milliseconds (one or two hours). */
function parisOffsetMs(instant: Date): number {
  const wall = parisWallClock(instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant showing, in Paris, the same wall-clock time as `instant`, `days` calendar days later: across a
 * daylight-saving change the interval is 23 or 25 hours, never a shifted hour.
 */
export function atParisWallClockOf(instant: Date, days: number): Date {
  const wall = parisWallClock(instant);
  const [year, month, day] = partsOf(calendarDay(wall.year, wall.month, wall.day + days));
  const milliseconds = instant.getTime() % 1000;
  const wallAsUtc = Date.UTC(year, month - 1, day, wall.hour, wall.minute, wall.second, milliseconds);
  // The offset of the target itself: guess with today's offset, then correct once with the guess's own.
  const guess = wallAsUtc - parisOffsetMs(instant);
  return new Date(wallAsUtc - parisOffsetMs(new Date(guess)));
}
