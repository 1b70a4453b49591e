import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/**
 * The server as a child process, for the benchmark (bench/run.ts) and the Deno smoke test (scripts/deno-smoke.ts):
 * started on a free port, ready once GET /healthz answers 200, stopped with SIGTERM like a deployment would.
 */
export type ServerProcess = Readonly<{
  url: string;
  /** The server's process id (its memory is sampled under load: /proc/<pid>/status). */
  pid: number | undefined;
  /** The last lines the server wrote (stdout and stderr), for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
}>;

export type ServerSpec = Readonly<{
  command: string;
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The first start on an empty database migrates and seeds the referential: allow for it. */
  readyTimeoutMs: number;
  cwd: string;
}>;

export const REPOSITORY_ROOT = join(import.meta.dirname, "..");

/** The Deno binary from the npm `deno` package (the native binary, or its Node wrapper when install scripts were skipped). */
export function denoBinary(root = REPOSITORY_ROOT): string {
  const native = join(root, "node_modules", "deno", "deno");
  return existsSync(native) ? native : join(root, "node_modules", ".bin", "deno");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server with `PORT`/`HOST` set and waits for /healthz; kills it if it never gets ready. */
export async function startServer(spec: ServerSpec): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: withoutUndefined({ ...spec.env, PORT: String(port), HOST: "127.0.0.1" }),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: a wrapper (npx, deno's Node shim) and the server stop together
  });
  const output = captureOutput(child);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server: ServerProcess = { url, pid: child.pid, output, stop: () => stopGroup(child, exited) };
  try {
    await waitForHealth(url, spec.readyTimeoutMs, exited);
    return server;
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output()}`);
  }
}

async function waitForHealth(url: string, timeoutMs: number, exited: Promise<number | null>): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited (code ${exitCode}) before /healthz answered`);
    if ((await healthStatus(url)) === 200) return;
    await sleep(250);
  }
  throw new Error(`/healthz did not answer 200 within ${timeoutMs / 1000} s`);
}

async function healthStatus(url: string): Promise<number> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // not listening yet
  }
}

/** SIGTERM to the whole group, then SIGKILL after 15 s; resolves once no process of the group is left. */
async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + 15_000;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
  await exited;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function captureOutput(child: ChildProcess): () => string {
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => tail;
}

function withoutUndefined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
