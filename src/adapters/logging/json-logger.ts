import { AsyncLocalStorage } from "node:async_hooks";
import type { LogFields, Logger } from "../../application/shared/ports.ts";

const scope = new AsyncLocalStorage<LogFields>();

/** Every line logged while `work` runs (e.g. one HTTP request) carries `fields`, such as the request id. */
export function runInLogScope<T>(fields: LogFields, work: () => Promise<T>): Promise<T> {
  return scope.run({ ...scope.getStore(), ...fields }, work);
}

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
export type LogLevel = keyof typeof levels;

/** One JSON object per line on stdout (stderr for errors), ready for any log collector. */
export function createJsonLogger(level: LogLevel, base: LogFields = {}): Logger {
  const write = (at: Exclude<LogLevel, "silent">, message: string, fields?: LogFields) => {
    if (levels[at] < levels[level]) return;
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: at,
      msg: message,
      ...base,
      ...scope.getStore(),
      ...fields,
    });
    if (at === "error") console.error(line);
    else console.log(line);
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
  };
}
