import { ignoredProgress, type Job } from "../scheduling/index.ts";
import { type ImportCompaniesDeps, importCompanies } from "./import-companies.ts";

/** A run renews its lease every third of it; a 300,000-row file loads in well under a minute. */
const IMPORT_LEASE_MS = 5 * 60_000;

/** `companies:import`: the monthly import of the algorithm companies file (COMPANIES_IMPORT_CRON, Europe/Paris). */
export function companyJobs(deps: ImportCompaniesDeps & Readonly<{ cron: string }>): Job[] {
  const run = importCompanies(deps);
  return [
    {
      name: "companies:import",
      cron: deps.cron,
      leaseMs: IMPORT_LEASE_MS,
      run: async (now, progress) => ({ ...(await run(now, progress ?? ignoredProgress)) }),
    },
  ];
}
