import { execFile } from "node:child_process";
import { link, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

class DataDirectoryInUse extends Error {
  override name = "DataDirectoryInUse";
}

/** What the lock file says (JSON); a bare number is a lock written by an earlier version (its PID only). */
type Holder = Readonly<{ pid: number; host: string | null; lockId: string | null }>;

const LOCK_FILE = "lba-process.pid";
const ATTEMPTS = 5;
/** Start times from `ps` have one-second resolution, from /proc a hundredth (and btime is rounded to the second). */
const CLOCK_TOLERANCE_MS = 1_500;

/**
 * PGlite is a single-process database: a second process on the same data directory would corrupt it. The lock
 * file appears atomically, complete, or not at all (`link` of a written temporary file fails when it exists), so
 * two processes starting together cannot both take it. A lock left by a dead process is taken over, and so is one
 * whose PID now belongs to another program: a process that started after the lock file was written cannot be the
 * one that wrote it (the system hands a dead process's PID to the next one).
 */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), lockId: crypto.randomUUID() };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await createExclusively(path, me)) return () => releaseIfOurs(path, me);
    const found = await readLock(path);
    if (found === null) continue; // released meanwhile: try again
    if (await stillHolds(found.holder, found.writtenAt)) throw inUse(dataDir, found.holder?.pid ?? null);
    await removeIfUnchanged(path, found.content);
  }
  throw inUse(dataDir, null);
}

async function createExclusively(path: string, me: Holder): Promise<boolean> {
  const temporary = `${path}.${me.lockId}`;
  await writeFile(temporary, JSON.stringify(me));
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readLock(path: string) {
  try {
    const [content, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    return { content, holder: parseHolder(content), writtenAt: info.mtimeMs };
  } catch {
    return null;
  }
}

/**
 * Takes a stale lock away only if it is still the one judged stale: moved aside first (atomic), then compared; a
 * fresh lock moved by mistake (another process took over in between) is put back with `link`, which never
 * overwrites.
 */
async function removeIfUnchanged(path: string, staleContent: string): Promise<void> {
  const aside = `${path}.stale-${crypto.randomUUID()}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it: the next attempt sees what is there now
  }
  const moved = await readFile(aside, "utf8").catch(() => null);
  if (moved !== staleContent) await link(aside, path).catch(() => {});
  await rm(aside, { force: true });
}

async function releaseIfOurs(path: string, me: Holder): Promise<void> {
  const found = await readLock(path);
  if (found?.holder?.lockId === me.lockId) await rm(path, { force: true });
}

function parseHolder(content: string): Holder | null {
  try {
    const value = JSON.parse(content) as unknown;
    if (Number.isInteger(value)) return { pid: value as number, host: null, lockId: null };
    const fields = value as Partial<Holder>;
    if (!Number.isInteger(fields.pid)) return null;
    return { pid: fields.pid as number, host: fields.host ?? null, lockId: fields.lockId ?? null };
  } catch {
    return null; // garbage: nobody can be recognised as holding it
  }
}

/** Another machine's lock (a shared volume) is never judged from here: it holds until removed by hand. */
async function stillHolds(holder: Holder | null, writtenAt: number): Promise<boolean> {
  if (holder === null) return false;
  if (holder.host !== null && holder.host !== hostname()) return true;
  if (!isAlive(holder.pid)) return false;
  const startedAt = await processStartTime(holder.pid);
  // Without a way to read start times (no /proc, no ps), a living PID is taken at its word.
  return startedAt === null || startedAt <= writtenAt + CLOCK_TOLERANCE_MS;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** When `pid` started (epoch ms), from /proc on Linux, else `ps -o lstart=` (macOS, BSD); null when neither works. */
async function processStartTime(pid: number): Promise<number | null> {
  return (await procStartTime(pid)) ?? (await psStartTime(pid));
}

/** /proc/<pid>/stat field 22 counts clock ticks since boot (`btime` in /proc/stat); Linux reports 100 ticks a second. */
async function procStartTime(pid: number): Promise<number | null> {
  const [stat, system] = await Promise.all([
    readFile(`/proc/${pid}/stat`, "utf8").catch(() => null),
    readFile("/proc/stat", "utf8").catch(() => null),
  ]);
  const bootSeconds = Number(system?.match(/^btime (\d+)$/m)?.[1]);
  // The command name (field 2) is in parentheses and may hold spaces: count the fields after the last ")".
  const ticks = Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
  return Number.isFinite(bootSeconds) && Number.isFinite(ticks) && stat ? bootSeconds * 1000 + ticks * 10 : null;
}

async function psStartTime(pid: number): Promise<number | null> {
  try {
    const { stdout } = await promisify(execFile)("ps", ["-o", "lstart=", "-p", String(pid)], {
      env: { ...process.env, LC_ALL: "C", TZ: "UTC" },
    });
    const startedAt = Date.parse(`${stdout.trim()} UTC`);
    return Number.isNaN(startedAt) ? null : startedAt;
  } catch {
    return null;
  }
}

function inUse(dataDir: string, pid: number | null): DataDirectoryInUse {
  const who = pid === null ? "un autre processus" : `le processus ${pid}`;
  return new DataDirectoryInUse(
    `Le répertoire PGlite ${dataDir} est utilisé par ${who} : PGlite n'accepte qu'un processus. ` +
      "Arrêtez-le, passez par le serveur (POST /dev/jobs/…) ou utilisez DATABASE_URL.",
  );
}
