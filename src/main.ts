import { createAdaptorServer, type ServerType } from "@hono/node-server";
import { createJsonLogger } from "./adapters/logging/json-logger.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { lingerInsteadOfDraining } from "./http/multipart/index.ts";
import { createStartingGate, type FetchHandler, portUnavailable, readyMessage, StartUpError } from "./start-up.ts";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createJsonLogger(config.logLevel, { service: "lba" });
  const gate = createStartingGate();
  // The port first (src/start-up.ts): a busy port stops here, before the database is opened or migrated, and
  // before the whole service is even loaded (seconds on a slow machine), hence the dynamic import.
  const server = await listen(gate.fetch, config);
  const { composeService } = await import("./composition-root.ts");
  const { app, handle, runner } = await composeService(config, logger);
  gate.open(app.fetch);
  logger.info("listening", { url: config.publicUrl, port: config.port, mode: config.mode, engine: handle.engine });
  // For the person who started it, beside the JSON log: where to open the service.
  if (config.logLevel !== "silent") process.stdout.write(`${readyMessage(config.publicUrl, config.mode)}\n`);
  // The outbox dispatcher is a scheduled job: without the runner, no email leaves (JOBS_ENABLED=false).
  if (config.jobsEnabled) runner.start();
  const stop = async () => {
    server.close();
    await runner.stop(); // lets the runs in progress finish: a dispatched email is marked sent before exit
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Binds HOST:PORT; resolves once listening, rejects with a StartUpError when the port is taken or forbidden. */
function listen(fetch: FetchHandler, config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch, hostname: config.host });
    // A CV refused at 3 MiB: the 413 reaches the client, and the rest of its upload is never read.
    lingerInsteadOfDraining(server);
    server.once("error", (error: NodeJS.ErrnoException) => {
      const reason = error.code === "EADDRINUSE" ? "in-use" : error.code === "EACCES" ? "denied" : null;
      reject(reason ? portUnavailable(reason, config.port, config.host) : error);
    });
    server.listen(config.port, config.host, () => resolve(server));
  });
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartUpError;
  console.error(known ? error.message : `Démarrage impossible : ${(error as Error).message}`);
  process.exit(1);
});
