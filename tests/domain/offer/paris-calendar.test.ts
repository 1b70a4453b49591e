import { describe, expect, it } from "vitest";
import {
  addDays,
  addYears,
  type CalendarDate,
  daysBetween,
  parisDateOf,
  parisDaysBetween,
  parseCalendarDate,
} from "../../../src/domain/offer/paris-calendar.ts";

const date = (value: string) => value as CalendarDate;

describe("parseCalendarDate", () => {
  it.each(["2026-09-01", "2028-02-29", "2026-12-31"])("accepts %s", (value) => {
    expect(parseCalendarDate(value)).toEqual({ ok: true, value });
  });

  it("trims surrounding spaces", () => {
    expect(parseCalendarDate(" 2026-09-01 ")).toEqual({ ok: true, value: "2026-09-01" });
  });

  it.each(["2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-9-1", "01/09/2026", "", "2026-09-01T00:00"])(
    "refuses %j",
    (value) => {
      expect(parseCalendarDate(value)).toEqual({ ok: false, error: { code: "CALENDAR_DATE_MALFORMED", value } });
    },
  );
});

describe("parisDateOf", () => {
  it.each([
    ["2026-03-10T10:00:00Z", "2026-03-10", "winter day, 11:00 CET"],
    ["2026-03-28T22:59:59Z", "2026-03-28", "23:59:59 CET, the eve of the spring change"],
    ["2026-03-28T23:00:00Z", "2026-03-29", "midnight CET, UTC is still on the 28th"],
    ["2026-03-29T00:59:59Z", "2026-03-29", "01:59:59 CET, last second before the change"],
    ["2026-03-29T01:00:00Z", "2026-03-29", "03:00 CEST, first second after the change"],
    ["2026-03-29T21:59:59Z", "2026-03-29", "23:59:59 CEST"],
    ["2026-03-29T22:00:00Z", "2026-03-30", "midnight CEST, two hours before UTC midnight"],
    ["2026-10-24T21:59:59Z", "2026-10-24", "23:59:59 CEST, the eve of the autumn change"],
    ["2026-10-24T22:00:00Z", "2026-10-25", "midnight CEST"],
    ["2026-10-25T00:59:59Z", "2026-10-25", "02:59:59 CEST, first pass through 02:xx"],
    ["2026-10-25T01:00:00Z", "2026-10-25", "02:00 CET, second pass through 02:xx"],
    ["2026-10-25T22:59:59Z", "2026-10-25", "23:59:59 CET"],
    ["2026-10-25T23:00:00Z", "2026-10-26", "midnight CET"],
    ["2026-12-31T23:30:00Z", "2027-01-01", "New Year in Paris before UTC"],
  ])("%s is %s in Paris (%s)", (instant, expected) => {
    expect(parisDateOf(new Date(instant))).toBe(expected);
  });
});

describe("counting calendar days", () => {
  it.each([
    ["2026-03-10", "2026-03-10", 0],
    ["2026-03-10", "2026-03-11", 1],
    ["2026-03-11", "2026-03-10", -1],
    ["2026-03-28", "2026-03-30", 2],
    ["2026-10-24", "2026-10-26", 2],
    ["2026-12-31", "2027-01-01", 1],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-03-10", "2026-04-09", 30],
  ])("from %s to %s: %i", (from, to, days) => {
    expect(daysBetween(date(from), date(to))).toBe(days);
  });

  it("counts the 25-hour autumn day as one day (UTC dates would say 1, Paris days are 2)", () => {
    // Paris: Saturday 24 October 23:30 CEST → Monday 26 October 00:30 CET.
    expect(parisDaysBetween(new Date("2026-10-24T21:30:00Z"), new Date("2026-10-25T23:30:00Z"))).toBe(2);
  });

  it("counts the 23-hour spring day as one day (UTC dates would say 2, Paris days are 1)", () => {
    // Paris: Sunday 29 March 00:30 CET → Monday 30 March 23:30 CEST.
    expect(parisDaysBetween(new Date("2026-03-28T23:30:00Z"), new Date("2026-03-30T21:30:00Z"))).toBe(1);
  });

  it.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-03-28", 2, "2026-03-30"],
  ])("addDays(%s, %i) is %s", (from, days, expected) => {
    expect(addDays(date(from), days)).toBe(expected);
  });

  it.each([
    ["2026-03-10", 2, "2028-03-10"],
    ["2028-02-29", 2, "2030-02-28"],
    ["2028-02-29", 4, "2032-02-29"],
  ])("addYears(%s, %i) is %s", (from, years, expected) => {
    expect(addYears(date(from), years)).toBe(expected);
  });
});
