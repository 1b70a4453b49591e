import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

class DataDirectoryInUse extends Error {
  override name = "DataDirectoryInUse";
}

/**
 * PGlite is a single-process database: a second process on the same data directory would corrupt it.
 * A pid file makes the second one stop with a clear message instead.
 */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, "lba-process.pid");
  const holder = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new DataDirectoryInUse(
      `Le répertoire PGlite ${dataDir} est utilisé par le processus ${holder} : PGlite n'accepte qu'un processus. ` +
        "Arrêtez-le, passez par le serveur (POST /dev/jobs/…) ou utilisez DATABASE_URL.",
    );
  }
  await writeFile(path, String(process.pid));
  return () => rm(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
