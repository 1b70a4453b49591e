import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { LogFields, Logger } from "../../../src/application/shared/ports.ts";
import { type ActionPage, actionPageRoutes } from "../../../src/http/pages/index.ts";

export type LogEntry = { level: string; message: string; fields?: LogFields };

function recordingLogger(entries: LogEntry[]): Logger {
  const at = (level: string) => (message: string, fields?: LogFields) => void entries.push({ level, message, fields });
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** Mounted the way app.ts will mount a real page: on an OpenAPIHono with the app's global middleware. */
export function pageTestApp(page: ActionPage, logs: LogEntry[] = []) {
  const app = new OpenAPIHono();
  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use(secureHeaders({ crossOriginResourcePolicy: "same-site" }));
  app.route("/", actionPageRoutes(page, { logger: recordingLogger(logs) }));
  return app;
}

export function postForm(fields: Record<string, string> = {}): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}
