/**
 * The HTTP floor of a jobs search, run by bench/run.ts as its own process on PostgreSQL: the thinnest web server
 * that answers with what the search statement returns. node:http, a postgres.js pool of the service's size
 * (DEFAULT_POOL_SIZE), the SAME statement (jobSearchStatement, prepared as the reader prepares it) and
 * `JSON.stringify` of its rows; no framework, middleware, validation, mapping or logging. Between the SQL floor and the API, it shows what one
 * HTTP hop costs on this machine, whatever the service does.
 *   PORT=… HOST=… node --import tsx bench/thin-http.ts '<json spec>'
 * GET /healthz answers 200 once the pool is connected (bench/server-process.ts waits for it); every other GET runs
 * the statement.
 */
import { createServer } from "node:http";
import postgres from "postgres";

export type ThinHttpSpec = Readonly<{
  /** The database URL. */
  target: string;
  statement: Readonly<{ text: string; values: unknown[] }>;
  connections: number;
}>;

/** What bench/run.ts measured through it (slices pooled). */
export type ThinHttpResult = Readonly<{
  key: string;
  p50Ms: number | null;
  p99Ms: number | null;
  requestsPerSecond: number;
}>;

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? "{}") as ThinHttpSpec;
  const client = postgres(spec.target, { max: spec.connections, onnotice: () => {} });
  await client`select 1`;
  const { text, values } = spec.statement;
  const server = createServer((request, response) => {
    const answer = (status: number, body: string) => {
      response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      response.end(body);
    };
    if (request.url === "/healthz") return answer(200, '{"status":"ok"}');
    client
      .unsafe(text, values as never[], { prepare: true })
      .then((rows) => answer(200, JSON.stringify({ items: [...rows] })))
      .catch((error: Error) => answer(500, JSON.stringify({ error: error.message })));
  });
  server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
  const stop = () => {
    server.close();
    void client.end({ timeout: 1 }).then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`thin-http failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
