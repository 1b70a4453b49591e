import { serve } from "@hono/node-server";
import { createJsonLogger } from "./adapters/logging/json-logger.ts";
import { composeService } from "./composition-root.ts";
import { ConfigError, loadConfig } from "./config.ts";

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createJsonLogger(config.logLevel, { service: "lba" });
  const { app, handle, runner } = await composeService(config, logger);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) =>
    logger.info("listening", { url: `http://${config.host}:${info.port}`, mode: config.mode, engine: handle.engine }),
  );
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

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `Démarrage impossible : ${(error as Error).message}`;
  console.error(message);
  process.exit(1);
});
