import { Cron } from "croner";
import type { JobCalendar } from "../../application/scheduling/ports.ts";

/**
 * Cron expressions read by croner on `timeZone`'s wall clock. Croner's own DST rules are the port's: a fixed time
 * (single minute and hour, "30 2 * * *") skipped in March runs at the end of the gap, at 03:00 that night, and one
 * repeated in October runs once, the first time. Only 5 fields: no seconds, so a job cannot be set to run every
 * second by mistake.
 */
export function createCronerJobCalendar(timeZone: string): JobCalendar {
  const read = (cron: string) => new Cron(cron, { timezone: timeZone, mode: "5-part" });
  return {
    problemWith(cron) {
      try {
        return read(cron).nextRun() ? null : "elle ne désigne aucune date à venir";
      } catch (error) {
        return (error as Error).message;
      }
    },
    nextAfter(cron, after) {
      const next = read(cron).nextRun(after);
      // problemWith refused, at start-up, expressions that never match again.
      if (!next) throw new Error(`The cron expression "${cron}" names no instant after ${after.toISOString()}`);
      return next;
    },
  };
}
