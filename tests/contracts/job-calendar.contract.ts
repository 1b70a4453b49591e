import { describe, expect, it } from "vitest";
import type { JobCalendar } from "../../src/application/scheduling/ports.ts";

/** A calendar reading cron expressions on the Europe/Paris wall clock. */
export function jobCalendarContract(name: string, calendar: JobCalendar) {
  const next = (cron: string, after: string) => calendar.nextAfter(cron, new Date(after)).toISOString();

  describe(`JobCalendar contract — ${name}`, () => {
    it("reads a daily time on the Paris wall clock, winter and summer", () => {
      expect(next("30 2 * * *", "2026-01-10T12:00:00Z")).toBe("2026-01-11T01:30:00.000Z");
      expect(next("30 2 * * *", "2026-07-10T12:00:00Z")).toBe("2026-07-11T00:30:00.000Z");
    });

    it("answers strictly after the given instant", () => {
      expect(next("30 2 * * *", "2026-01-11T01:30:00Z")).toBe("2026-01-12T01:30:00.000Z");
      expect(next("30 2 * * *", "2026-01-11T01:29:59.999Z")).toBe("2026-01-11T01:30:00.000Z");
    });

    it("runs a time skipped in March at the end of the gap, 03:00 that night, then at 02:30 again", () => {
      expect(next("30 2 * * *", "2026-03-28T12:00:00Z")).toBe("2026-03-29T01:00:00.000Z");
      expect(next("30 2 * * *", "2026-03-29T01:00:00Z")).toBe("2026-03-30T00:30:00.000Z");
    });

    it("runs a time repeated in October once, the first time", () => {
      expect(next("30 2 * * *", "2026-10-24T12:00:00Z")).toBe("2026-10-25T00:30:00.000Z");
      expect(next("30 2 * * *", "2026-10-25T00:30:00Z")).toBe("2026-10-26T01:30:00.000Z");
    });

    it("keeps a time outside the changed hour on the wall clock across both changes", () => {
      expect(next("0 4 * * *", "2026-03-28T12:00:00Z")).toBe("2026-03-29T02:00:00.000Z");
      expect(next("0 4 * * *", "2026-10-24T12:00:00Z")).toBe("2026-10-25T03:00:00.000Z");
    });

    it("runs monthly on the 1st, across a year end and February", () => {
      expect(next("0 4 1 * *", "2026-12-15T00:00:00Z")).toBe("2027-01-01T03:00:00.000Z");
      expect(next("0 4 1 * *", "2027-01-31T23:00:00Z")).toBe("2027-02-01T03:00:00.000Z");
      expect(next("0 4 1 * *", "2027-02-01T03:00:00Z")).toBe("2027-03-01T03:00:00.000Z");
    });

    it("skips the months without the day asked for, and reads L as the month's last day", () => {
      expect(next("0 4 31 * *", "2026-04-01T00:00:00Z")).toBe("2026-05-31T02:00:00.000Z");
      expect(next("0 4 L * *", "2027-02-01T00:00:00Z")).toBe("2027-02-28T03:00:00.000Z");
      expect(next("0 4 L * *", "2028-02-01T00:00:00Z")).toBe("2028-02-29T03:00:00.000Z");
    });

    it("accepts 5-field expressions and explains the others", () => {
      expect(calendar.problemWith("30 2 * * *")).toBeNull();
      expect(calendar.problemWith("0 4 1 * *")).toBeNull();
      for (const cron of ["61 2 * * *", "0 30 2 * * *", "tous les soirs", "", "0 0 30 2 *"])
        expect(calendar.problemWith(cron), cron).toEqual(expect.any(String));
    });
  });
}
