import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStartingGate, readyMessage } from "../../src/start-up.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

describe("start-up (src/main.ts) on a port already taken", () => {
  let occupant: Server;
  let port: number;
  let workDir: string;
  beforeAll(async () => {
    occupant = createServer();
    await new Promise<void>((resolve) => occupant.listen(0, "127.0.0.1", resolve));
    port = (occupant.address() as { port: number }).port;
    workDir = await mkdtemp(join(tmpdir(), "lba-startup-"));
  });
  afterAll(async () => {
    await new Promise((resolve) => occupant.close(resolve));
    await rm(workDir, { recursive: true, force: true });
  });

  it("exits 1 at once, naming the port and PORT in French and English, before opening the database", async () => {
    const dataDir = join(workDir, "pglite");
    const started = Date.now();
    const { code, stderr } = await runEntryPoint({ PORT: String(port), HOST: "127.0.0.1", PGLITE_DATA_DIR: dataDir });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(stderr).toContain(`le port ${port} est déjà utilisé`);
    expect(stderr).toContain(`port ${port} is already in use`);
    expect(stderr).toContain("variable PORT");
    expect(stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
    expect(existsSync(dataDir)).toBe(false); // nothing created, nothing migrated
  });
});

describe("start-up messages and the starting gate (src/start-up.ts)", () => {
  it("prints the PUBLIC_URL to open, its /docs and, in development, the mailbox", () => {
    const dev = readyMessage("https://lba.example.fr", "development");
    expect(dev).toContain("https://lba.example.fr/\n");
    expect(dev).toContain("https://lba.example.fr/docs");
    expect(dev).toContain("https://lba.example.fr/dev/boite-mail");
    expect(dev).toContain("https://lba.example.fr/dev/mailbox");
    expect(readyMessage("https://lba.example.fr", "production")).not.toContain("/dev/mailbox");
  });

  it("answers 503 with Retry-After (/healthz included) until the app is handed over", async () => {
    const gate = createStartingGate();
    const before = await gate.fetch(new Request("http://lba.test/healthz"));
    expect(before.status).toBe(503);
    expect(before.headers.get("retry-after")).toBe("1");
    expect(before.headers.get("content-type")).toBe("application/problem+json");
    gate.open(() => new Response("ok"));
    expect(await (await gate.fetch(new Request("http://lba.test/healthz"))).text()).toBe("ok");
  });
});

/** `tsx src/main.ts` (what `npm start` runs) on PGlite, with the caller's DATABASE_URL left out. */
function runEntryPoint(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(TSX, ["src/main.ts"], {
      cwd: ROOT,
      env: { ...inherited, APP_MODE: "development", LOG_LEVEL: "warn", JOBS_ENABLED: "false", ...env },
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 15_000,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}
