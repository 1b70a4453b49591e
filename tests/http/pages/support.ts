import type { LogFields, Logger } from "../../../src/application/shared/ports.ts";
import { createApp } from "../../../src/http/app.ts";
import { type ActionPage, actionPageRoutes } from "../../../src/http/pages/index.ts";

export type LogEntry = { level: string; message: string; fields?: LogFields };

/** Records what the app reports as a problem (warn, error); the one-line request log is left out. */
function recordingLogger(entries: LogEntry[]): Logger {
  const at = (level: string) => (message: string, fields?: LogFields) => void entries.push({ level, message, fields });
  const ignore = () => {};
  return { debug: ignore, info: ignore, warn: at("warn"), error: at("error") };
}

const config = {
  mode: "development",
  corsOrigins: [],
  bodyLimitBytes: 1024 * 1024,
  publicUrl: "https://api.lba.test",
  webOrigin: "https://app.lba.test",
} as const;

/** Mounted as a real page is: by createApp, with the app's middleware and its `onError`. */
export function pageTestApp(page: ActionPage, logs: LogEntry[] = []) {
  return createApp([actionPageRoutes(page)], config, {
    logger: recordingLogger(logs),
    logScope: (_fields, work) => work(),
    docsAssets: {},
    describeDatabaseFailure: () => null,
  });
}

export function postForm(fields: Record<string, string> = {}): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}
