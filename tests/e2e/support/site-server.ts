import type { TestProject } from "vitest/node";
import { startServiceProcess } from "./service-process.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The service under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
    siteUrl: string;
  }
}

/**
 * vitest globalSetup of the browser tests: one service, started as `npm start` runs it, for every journey; each
 * journey uses its own email addresses and SIRETs.
 */
export default async function startSite(project: TestProject) {
  const service = await startServiceProcess();
  project.provide("siteUrl", service.url);
  return service.stop;
}
