import { createJsonLogger } from "../adapters/logging/json-logger.ts";
import { buildServices, openConfiguredDatabase, prepareDatabase } from "../composition-root.ts";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import { terminalProgressBar } from "./progress-bar.ts";

const usage = "Usage : npm run job -- <nom> [--now=2026-12-01T08:00:00Z]   (par exemple outbox:dispatch)";

/**
 * `npm run job -- <name> [--now=ISO]`. With DATABASE_URL the job runs here (leases keep it from overlapping a
 * server's run). PGlite accepts one process: if the server answers on PORT, the job runs there through
 * POST /dev/jobs; otherwise this process opens the PGlite data directory itself. Run here, the job draws its progress
 * on stderr when it is a terminal (through the server, no news comes back until the end). The run is printed as
 * JSON on stdout, then its summary's `message`, if any, as the last line on stderr: stdout stays parseable.
 */
async function main(args: readonly string[]): Promise<number> {
  const name = args.find((arg) => !arg.startsWith("--"));
  const nowArg = args.find((arg) => arg.startsWith("--now="))?.slice("--now=".length);
  const now = nowArg === undefined ? undefined : new Date(nowArg);
  if (!name || (now && Number.isNaN(now.getTime()))) return fail(usage);
  const config = loadConfig(process.env);
  if (!config.databaseUrl) {
    const viaServer = await runOnServer(config, name, nowArg);
    if (viaServer !== null) return viaServer;
  }
  return runHere(config, name, now);
}

async function runHere(config: Config, name: string, now: Date | undefined): Promise<number> {
  const logger = createJsonLogger(config.logLevel === "info" ? "warn" : config.logLevel, { service: "lba-job" });
  const handle = await openConfiguredDatabase(config);
  const progress = terminalProgressBar(name, process.stderr);
  try {
    await prepareDatabase(handle, logger);
    const result = await buildServices(handle, config, logger).useCases.runJobNow({ name, now, progress });
    progress.stop();
    if (!result.ok)
      return fail(result.error.code === "JOB_UNKNOWN" ? `Tâche inconnue : ${name}` : `Tâche déjà en cours : ${name}`);
    printRun(result.value);
    return 0;
  } finally {
    progress.stop();
    await handle.close();
  }
}

/** null when no server answers (then PGlite is free to open here). */
async function runOnServer(config: Config, name: string, nowArg: string | undefined): Promise<number | null> {
  const host = ["0.0.0.0", "::"].includes(config.host) ? "127.0.0.1" : config.host;
  const query = nowArg === undefined ? "" : `?now=${encodeURIComponent(nowArg)}`;
  let response: Response;
  try {
    response = await fetch(`http://${host}:${config.port}/dev/jobs/${encodeURIComponent(name)}${query}`, {
      method: "POST",
    });
  } catch {
    return null;
  }
  const body = (await response.json().catch(() => null)) as { code?: string; detail?: string } | null;
  if (response.ok) {
    printRun(body);
    return 0;
  }
  if (response.status === 404 && body?.code === "NOT_FOUND") {
    return fail(
      `Un serveur répond sur le port ${config.port} sans routes /dev (mode production ?) : arrêtez-le, PGlite n'accepte qu'un processus, ou utilisez DATABASE_URL.`,
    );
  }
  return fail(body?.detail ?? `Le serveur a répondu ${response.status}.`);
}

/** The run as JSON, then the sentence a job may leave in `summary.message` (e.g. counts read, kept, rejected). */
function printRun(run: unknown): void {
  console.log(JSON.stringify(run, null, 2));
  const message = (run as { summary?: { message?: unknown } | null } | null)?.summary?.message;
  if (typeof message === "string" && message !== "") console.error(message);
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Échec de la tâche : ${(error as Error).message}`);
    process.exit(1);
  },
);
