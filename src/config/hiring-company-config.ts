import { z } from "zod";

/** The default file, written by `npm run data:generate -- --scale=demo` (docs/DATA.md "Algorithm companies file"). */
const DEMO_COMPANIES_FILE = "data/demo/companies.csv.gz";

/** The variables of the algorithm companies import (README "Configuration"), spread into config.ts's schema. */
export const hiringCompanyEnv = {
  /** The monthly file (.csv, .jsonl, optionally .gz); unset: the demo file. */
  COMPANIES_FILE: z.string().trim().min(1).optional(),
  /** Five-field cron read in Europe/Paris time: monthly by default. */
  COMPANIES_IMPORT_CRON: z
    .string()
    .trim()
    .regex(/^\S+( \S+){4}$/, { error: "Expression cron à 5 champs attendue (par exemple « 0 3 1 * * »)." })
    .default("0 3 1 * *"),
};

type HiringCompanyEnv = z.infer<z.ZodObject<typeof hiringCompanyEnv>>;

export type HiringCompanyConfig = Readonly<{
  /** The file the import reads; `offline` when it is the demo file (imported at start-up when the list is empty). */
  companiesFile: Readonly<{ path: string; offline: boolean }>;
  importCron: string;
}>;

export function hiringCompanyConfig(e: HiringCompanyEnv): HiringCompanyConfig {
  return {
    companiesFile: { path: e.COMPANIES_FILE ?? DEMO_COMPANIES_FILE, offline: e.COMPANIES_FILE === undefined },
    importCron: e.COMPANIES_IMPORT_CRON,
  };
}
