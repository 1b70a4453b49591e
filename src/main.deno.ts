/**
 * Deno entry point (`npm run deno:start`, or `npx deno task start`): the same composition root and app as
 * src/main.ts, served by `Deno.serve`. Excluded from tsconfig.json (Deno globals); checked by `npx deno check`.
 */
import { createJsonLogger } from "./adapters/logging/json-logger.ts";
import { composeService } from "./composition-root.ts";
import { ConfigError, loadConfig } from "./config.ts";

async function main(): Promise<void> {
  const config = loadConfig(Deno.env.toObject());
  const logger = createJsonLogger(config.logLevel, { service: "lba" });
  const { app, handle, runner } = await composeService(config, logger);
  const server = Deno.serve(
    {
      hostname: config.host,
      port: config.port,
      onListen: ({ port }) =>
        logger.info("listening", {
          url: `http://${config.host}:${port}`,
          mode: config.mode,
          engine: handle.engine,
          runtime: `deno ${Deno.version.deno}`,
        }),
    },
    app.fetch,
  );
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

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Démarrage impossible : ${(error as Error).message}`;
  console.error(message);
  Deno.exit(1);
});
