/**
 * Deno smoke test (`npm run deno:smoke`, run by .ci/run): serves the app with Deno (src/main.deno.ts) on a free port
 * and a throw-away PGlite directory, then checks GET /healthz, GET /api/v1/metiers?q=boulan (D1102 first), a training
 * search near Lille in the demo catalogue imported at start-up (gzip, earthdistance) and an appointment request from a
 * disposable address (the packaged domain list), refused with 422.
 * Exits non-zero on any failure, after stopping the server and removing the directory.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { denoBinary, REPOSITORY_ROOT, type ServerProcess, startServer } from "../bench/server-process.ts";

const READY_TIMEOUT_MS = 60_000; // the first start on an empty directory migrates and seeds the referential

async function main(): Promise<void> {
  const started = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), "lba-deno-smoke-"));
  let server: ServerProcess | null = null;
  const cleanUp = async () => {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    server = await startServer({
      command: denoBinary(),
      args: ["run", "--allow-all", "src/main.deno.ts"],
      cwd: REPOSITORY_ROOT,
      // PGlite on purpose: a DATABASE_URL from the caller's shell must not send the smoke test elsewhere.
      env: {
        ...process.env,
        DATABASE_URL: undefined,
        PGLITE_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        JOBS_ENABLED: "false",
      },
      readyTimeoutMs: READY_TIMEOUT_MS,
    });
    console.log(`deno: ${server.url}/healthz ready after ${seconds(started)} s`);
    await checkHealth(server.url);
    await checkMetiers(server.url);
    const trainingId = await checkTrainingSearch(server.url);
    await checkDisposableEmailRefused(server.url, trainingId);
    console.log(`deno smoke test passed in ${seconds(started)} s`);
  } catch (error) {
    console.error(`deno smoke test FAILED: ${(error as Error).message}`);
    if (server) console.error(`--- server output ---\n${server.output()}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

async function checkHealth(url: string): Promise<void> {
  const { status, body } = await getJson(`${url}/healthz`);
  if (status !== 200) throw new Error(`GET /healthz → ${status} ${JSON.stringify(body)}`);
  console.log(`GET /healthz → 200 ${JSON.stringify(body)}`);
}

async function checkMetiers(url: string): Promise<void> {
  const { status, body } = await getJson(`${url}/api/v1/metiers?q=boulan`);
  const items = (body as { items?: { romeCode: string; romeLabel: string }[] }).items ?? [];
  if (status !== 200) throw new Error(`GET /api/v1/metiers?q=boulan → ${status} ${JSON.stringify(body)}`);
  if (items[0]?.romeCode !== "D1102") {
    throw new Error(`GET /api/v1/metiers?q=boulan: expected D1102 first, got ${JSON.stringify(items.slice(0, 3))}`);
  }
  console.log(
    `GET /api/v1/metiers?q=boulan → 200, ${items.length} items, first ${items[0].romeCode} ${items[0].romeLabel}`,
  );
}

async function checkTrainingSearch(url: string): Promise<string> {
  const query = "romes=D1401&latitude=50.63&longitude=3.06&radius=30";
  const { status, body } = await getJson(`${url}/api/v1/trainings/search?${query}`);
  const items = (body as { items?: { id: string; distanceKm: number; title: string }[] }).items ?? [];
  if (status !== 200 || !items[0]) throw new Error(`GET /api/v1/trainings/search → ${status} ${JSON.stringify(body)}`);
  console.log(
    `GET /api/v1/trainings/search → 200, ${items.length} items, first ${items[0].title} at ${items[0].distanceKm} km`,
  );
  return items[0].id;
}

async function checkDisposableEmailRefused(url: string, trainingId: string): Promise<void> {
  const request = {
    trainingId,
    platform: "lba",
    firstName: "Léa",
    lastName: "Smoke",
    email: "lea@mailinator.com",
    phone: "06 11 22 33 44",
    applicantType: "student",
    reasons: ["frais"],
  };
  const response = await fetch(`${url}/api/v1/appointments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { code?: string };
  if (response.status !== 422 || body.code !== "DISPOSABLE_EMAIL")
    throw new Error(`POST /api/v1/appointments (disposable email) → ${response.status} ${JSON.stringify(body)}`);
  console.log("POST /api/v1/appointments from a disposable address → 422 DISPOSABLE_EMAIL");
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

await main();
