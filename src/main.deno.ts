/**
 * Deno entry point (`npm run deno:start`, or `npx deno task start`): the same start-up (src/start-up.ts), composition
 * root and app as src/main.ts, served by `Deno.serve`. Excluded from tsconfig.json (Deno globals); checked by
 * `npx deno check`.
 */
import { createJsonLogger } from "./adapters/logging/json-logger.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { createStartingGate, type FetchHandler, portUnavailable, readyMessage, StartUpError } from "./start-up.ts";

async function main(): Promise<void> {
  const config = loadConfig(Deno.env.toObject());
  const logger = createJsonLogger(config.logLevel, { service: "lba" });
  const gate = createStartingGate();
  // As in src/main.ts: the port first, then the service (loaded only now), its database and migrations.
  const server = listen(gate.fetch, config);
  const { composeService } = await import("./composition-root.ts");
  const { app, handle, runner } = await composeService(config, logger);
  gate.open(app.fetch);
  logger.info("listening", {
    url: config.publicUrl,
    port: config.port,
    mode: config.mode,
    engine: handle.engine,
    runtime: `deno ${Deno.version.deno}`,
  });
  // For the person who started it, beside the JSON log: where to open the service.
  if (config.logLevel !== "silent") {
    await Deno.stdout.write(new TextEncoder().encode(`${readyMessage(config.publicUrl, config.mode)}\n`));
  }
  // As in src/main.ts: without the runner no email leaves the outbox (JOBS_ENABLED=false).
  if (config.jobsEnabled) runner.start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.shutdown(); // finishes the requests in progress
    await runner.stop(); // lets the runs in progress finish: a dispatched email is marked sent before exit
    await handle.close();
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
}

/** Binds HOST:PORT (Deno.serve throws at once when it cannot); a taken or forbidden port is a StartUpError. */
function listen(fetch: FetchHandler, config: Config): Deno.HttpServer {
  try {
    return Deno.serve({ hostname: config.host, port: config.port, onListen: () => {} }, fetch);
  } catch (error) {
    if (error instanceof Deno.errors.AddrInUse) throw portUnavailable("in-use", config.port, config.host);
    if (error instanceof Deno.errors.PermissionDenied) throw portUnavailable("denied", config.port, config.host);
    throw error;
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartUpError;
  console.error(known ? error.message : `Démarrage impossible : ${(error as Error).message}`);
  Deno.exit(1);
});
