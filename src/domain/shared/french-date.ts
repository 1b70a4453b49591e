/**
 * Dates as a French reader writes them: "4 janvier 2027", and "1er" for the first of a month (the ordinal the
 * Imprimerie nationale's Lexique des règles typographiques prescribes). Intl carries the month names and the IANA
 * rules of Europe/Paris, so an instant shows the day it is in France, whatever the server's TZ.
 */
const LONG_DATE = { day: "numeric", month: "long", year: "numeric" } as const;
const PARIS = new Intl.DateTimeFormat("fr-FR", { ...LONG_DATE, timeZone: "Europe/Paris" });
const UTC = new Intl.DateTimeFormat("fr-FR", { ...LONG_DATE, timeZone: "UTC" });

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `value` is either a calendar date "YYYY-MM-DD" (a contract's start, shown as is) or an instant (shown as its
 * Europe/Paris day: 2026-12-31T23:30Z is "1er janvier 2027"). Throws on anything else: callers pass stored dates.
 */
export function frenchDate(value: Date | string): string {
  const [format, instant] = typeof value === "string" ? [UTC, calendarNoon(value)] : [PARIS, value];
  return format
    .formatToParts(instant)
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

function calendarNoon(value: string): Date {
  const match = CALENDAR_DATE.exec(value);
  const noon = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
  if (!noon || noon.toISOString().slice(0, 10) !== value) throw new Error(`not a calendar date: ${value}`);
  return noon;
}
