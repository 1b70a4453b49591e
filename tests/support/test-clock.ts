import type { Clock, LogFields, Logger } from "../../src/application/shared/ports.ts";

export type TestClock = Clock & { advance(ms: number): void; set(instant: Date | string): void };

/** A clock that moves only when told to. */
export function aTestClock(start: Date | string = "2026-11-02T08:00:00Z"): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (instant) => {
      current = new Date(instant).getTime();
    },
  };
}

export type LogLine = { level: "debug" | "info" | "warn" | "error"; message: string; fields: LogFields };

/** A logger that keeps its lines, to assert that a failure was logged (and never silently dropped). */
export function aRecordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine["level"]) =>
    (message: string, fields: LogFields = {}) =>
      void lines.push({ level, message, fields });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
