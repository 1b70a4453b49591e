import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lockDataDirectory } from "../../src/adapters/postgres/pglite-lock.ts";

/** issue 9 §4: the PGlite data-directory lock is atomic, and a PID reused by another program does not block. */
let dataDir: string;
let child: ChildProcess | null = null;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lba-lock-"));
});
afterEach(async () => {
  child?.kill();
  child = null;
  await rm(dataDir, { recursive: true, force: true });
});

const lockPath = () => join(dataDir, "lba-process.pid");

/** A living process that is not ours: what a crashed server's PID may have become. */
async function anotherProgram(): Promise<number> {
  child = spawn("sleep", ["30"], { stdio: "ignore" });
  await new Promise((resolve) => child?.once("spawn", resolve));
  return child.pid as number;
}

describe("lockDataDirectory", () => {
  it("lets exactly one of two simultaneous start-ups take the directory", async () => {
    const outcomes = await Promise.allSettled([lockDataDirectory(dataDir), lockDataDirectory(dataDir)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect(String((refused as PromiseRejectedResult).reason)).toMatch(/n'accepte qu'un processus/);
    const granted = outcomes.find((outcome) => outcome.status === "fulfilled");
    await (granted as PromiseFulfilledResult<() => Promise<void>>).value();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it("is free again once released", async () => {
    const release = await lockDataDirectory(dataDir);
    await release();
    const again = await lockDataDirectory(dataDir);
    await again();
  });

  it("takes over a lock whose PID now belongs to a program started after the lock was written", async () => {
    const pid = await anotherProgram();
    await writeFile(lockPath(), String(pid)); // a lock file as the crashed server left it
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(lockPath(), anHourAgo, anHourAgo);
    const release = await lockDataDirectory(dataDir);
    await release();
  });

  it("takes over a lock left by a process that is gone", async () => {
    await writeFile(lockPath(), JSON.stringify({ pid: 2 ** 22 + 17, host: null, lockId: "old" }));
    const release = await lockDataDirectory(dataDir);
    await release();
  });

  it("refuses while the process that wrote the lock still runs", async () => {
    const pid = await anotherProgram();
    await writeFile(lockPath(), String(pid));
    await expect(lockDataDirectory(dataDir)).rejects.toThrow(`le processus ${pid}`);
  });
});
