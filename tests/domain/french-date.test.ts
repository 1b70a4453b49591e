import { describe, expect, it } from "vitest";
import { frenchDate } from "../../src/domain/shared/french-date.ts";

describe("frenchDate", () => {
  it.each([
    ["2027-01-04", "4 janvier 2027"],
    ["2027-01-01", "1er janvier 2027"],
    ["2026-02-28", "28 février 2026"],
    ["2028-02-29", "29 février 2028"],
    ["2026-08-15", "15 août 2026"],
    ["2026-12-31", "31 décembre 2026"],
  ])("writes the calendar date %s as « %s », whatever the server's time zone", (date, french) => {
    expect(frenchDate(date)).toBe(french);
  });

  it.each([
    ["2027-01-04T09:00:00Z", "4 janvier 2027"],
    // 23:30 UTC is already the next day in Paris: 00:30 in winter (UTC+1), 01:30 in summer (UTC+2).
    ["2026-12-31T23:30:00Z", "1er janvier 2027"],
    ["2026-06-30T22:30:00Z", "1er juillet 2026"],
    ["2026-06-30T21:59:59Z", "30 juin 2026"],
    // The night the clocks go back (25 October 2026): 22:59 UTC is 23:59 CET.
    ["2026-10-25T22:59:00Z", "25 octobre 2026"],
  ])("writes the instant %s as its day in Europe/Paris, « %s »", (iso, french) => {
    expect(frenchDate(new Date(iso))).toBe(french);
  });

  it.each(["2026-02-30", "2026-13-01", "04/01/2027", "2027-1-4", ""])("throws on %j, a bug in the caller", (value) => {
    expect(() => frenchDate(value)).toThrow();
  });
});
