import { describe, expect, it } from "vitest";
import { easterSunday, frenchPublicHolidays } from "../../../src/domain/appointment/french-holidays.ts";
import { addWorkingDays, afterWorkingDays, isWorkingDay } from "../../../src/domain/appointment/working-days.ts";

describe("Easter by the computus", () => {
  it.each([
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i → %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe("French public holidays", () => {
  it("are the eight fixed dates and the three that follow Easter, in date order", () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-06", // Easter Monday
      "2026-05-01",
      "2026-05-08",
      "2026-05-14", // Ascension
      "2026-05-25", // Whit Monday
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ]);
  });

  it("follow Easter every year (2027: Easter Monday 29 March, Ascension 6 May, Whit Monday 17 May)", () => {
    expect(frenchPublicHolidays(2027)).toEqual(expect.arrayContaining(["2027-03-29", "2027-05-06", "2027-05-17"]));
  });
});

describe("working days", () => {
  it.each([
    ["2026-11-02", true], // Monday
    ["2026-11-07", false], // Saturday
    ["2026-11-08", false], // Sunday
    ["2026-11-11", false], // Armistice, a Wednesday
    ["2026-04-06", false], // Easter Monday
  ])("%s is a working day: %s", (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it("are counted after the day itself, skipping weekends and holidays", () => {
    expect(addWorkingDays("2026-11-02", 4)).toBe("2026-11-06"); // Monday → Friday
    expect(addWorkingDays("2026-11-05", 4)).toBe("2026-11-12"); // Thursday → Fri, Mon, Tue, (11th off), Thu
    expect(addWorkingDays("2026-11-07", 1)).toBe("2026-11-09"); // Saturday → Monday
    expect(addWorkingDays("2026-12-31", 1)).toBe("2027-01-04"); // New Year's Day, then a weekend
  });

  it("give the same Paris wall-clock time 4 working days later: Thursday before Easter → next Thursday", () => {
    // 2 April 2026, 10:00 in Paris (UTC+2): Friday 3, then Tuesday 7 to Thursday 9 (Easter Monday is off).
    expect(afterWorkingDays(new Date("2026-04-02T08:00:00Z"))).toEqual(new Date("2026-04-09T08:00:00Z"));
  });

  it("keep the wall-clock time across a daylight-saving change", () => {
    // Thursday 22 October 2026, 10:00 (UTC+2) → Wednesday 28 October, 10:00 (UTC+1) after the change of the 25th.
    expect(afterWorkingDays(new Date("2026-10-22T08:00:00Z"))).toEqual(new Date("2026-10-28T09:00:00Z"));
  });

  it("count from the Paris day: 23:30 UTC on a Friday is already Saturday in Paris", () => {
    // Saturday 7 November 00:30 Paris → Monday 9 … Thursday 12 with the 11th off → Friday 13, 00:30 Paris.
    expect(afterWorkingDays(new Date("2026-11-06T23:30:00Z"))).toEqual(new Date("2026-11-12T23:30:00Z"));
  });
});
