import { createJsonLogger } from "../adapters/logging/json-logger.ts";
import { buildServices, openConfiguredDatabase, prepareDatabase } from "../composition-root.ts";
import { ConfigError, loadConfig } from "../config.ts";

const USAGE = `Usage :
  npm run outbox -- dead          liste les e-mails abandonnés (après OUTBOX_MAX_ATTEMPTS essais ou un refus définitif)
  npm run outbox -- replay <id>   renvoie l'un d'eux, avec sa clé d'idempotence et de nouveaux essais
Sur PGlite, arrêtez d'abord le serveur (un seul processus par répertoire de données).`;

/**
 * `npm run outbox`: the operator's view of the messages the dispatcher gave up on (each was logged as an error),
 * and the way to send one again once the cause is fixed (docs/adr/0017). Runs against the configured database.
 */
async function main(args: readonly string[]): Promise<number> {
  const [command, id] = args;
  if (command !== "dead" && !(command === "replay" && id)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  const handle = await openConfiguredDatabase(config);
  try {
    const logger = createJsonLogger("warn", { service: "lba-outbox" });
    await prepareDatabase(handle, logger);
    const { useCases } = buildServices(handle, config, logger);
    if (command === "dead") {
      const dead = await useCases.listDeadEmails();
      if (dead.length === 0) console.log("Aucun e-mail abandonné.");
      for (const message of dead) {
        const when = message.createdAt.toISOString();
        console.log(
          `${message.id}\t${when}\t${message.to}\t${message.subject}\t${message.attempts} essai(s)\t${message.lastError ?? ""}`,
        );
      }
      return 0;
    }
    const outcome = await useCases.replayDeadEmail({ id: id ?? "" });
    console.log(
      outcome === "replayed"
        ? `E-mail ${id} remis en file : il part au prochain passage du répartiteur (outbox:dispatch).`
        : `Aucun e-mail abandonné avec l'id ${id}.`,
    );
    return outcome === "replayed" ? 0 : 1;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Commande impossible : ${(error as Error).message}`);
    process.exit(1);
  },
);
