import { parseArgs } from "node:util";
import { createJsonLogger } from "../adapters/logging/json-logger.ts";
import { buildServices, openConfiguredDatabase, prepareDatabase } from "../composition-root.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { de } from "../domain/shared/french-elision.ts";

const USAGE = `Usage :
  npm run partner:key -- issue "<nom du partenaire>" [--limit=600] [--window-seconds=60]
  npm run partner:key -- list
  npm run partner:key -- revoke <id>
Sur PGlite, arrêtez d'abord le serveur (un seul processus par répertoire de données).`;

/**
 * `npm run partner:key`: issues a partner platform's API key (printed once: only its hash is stored), lists the
 * keys, or revokes one at once. Support runs it against the production database (DATABASE_URL).
 */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { limit: { type: "string" }, "window-seconds": { type: "string" } },
  });
  const [command, argument] = positionals;
  if (!command || (command !== "list" && !argument)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  const handle = await openConfiguredDatabase(config);
  try {
    const logger = createJsonLogger("warn", { service: "lba-partner-key" });
    await prepareDatabase(handle, logger);
    const { useCases } = buildServices(handle, config, logger);
    if (command === "issue") {
      const quota =
        values.limit || values["window-seconds"]
          ? { limit: Number(values.limit ?? 600), windowMs: Number(values["window-seconds"] ?? 60) * 1000 }
          : undefined;
      const issued = await useCases.issuePartnerApiKey({ partnerName: argument ?? "", quota });
      if (!issued.ok) {
        console.error(`Clé refusée : ${JSON.stringify(issued.error)}`);
        return 1;
      }
      const { key, clearKey } = issued.value;
      console.log(
        `Clé ${de(key.partnerName)} (id ${key.id}), à transmettre une seule fois, elle ne sera plus affichée :`,
      );
      console.log(clearKey);
      return 0;
    }
    if (command === "list") {
      for (const key of await useCases.listPartnerApiKeys()) {
        const state = key.revokedAt ? `révoquée le ${key.revokedAt.toISOString()}` : "active";
        console.log(`${key.id}\t${key.partnerName}\t${key.quota.limit}/${key.quota.windowMs / 1000}s\t${state}`);
      }
      return 0;
    }
    if (command === "revoke") {
      const outcome = await useCases.revokePartnerApiKey(argument ?? "");
      console.log(
        { revoked: "Clé révoquée.", already_revoked: "Clé déjà révoquée.", not_found: "Aucune clé avec cet id." }[
          outcome
        ],
      );
      return outcome === "not_found" ? 1 : 0;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Commande impossible : ${(error as Error).message}`);
    process.exit(1);
  },
);
