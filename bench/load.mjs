#!/usr/bin/env node
/**
 * The load generator, run by bench/run.ts as its own process so it does not share an event loop with the server:
 *   node bench/load.mjs <url> <durationSeconds> [connections] [raw]
 * Prints one JSON object on stdout: p50/p99 latency (ms) of the 2xx responses, requests/s, error counts; with
 * `raw`, every 2xx latency too (`latenciesMs`), for a caller that pools several slices of one measure.
 *
 * autocannon's own histogram keeps whole milliseconds, too coarse for a ~1 ms /healthz, so the latencies come from
 * its `response` event (high-resolution, fractional ms) and the percentiles are nearest-rank over every response.
 */
import autocannon from "autocannon";

const [url, durationArg = "10", connectionsArg = "10", rawArg] = process.argv.slice(2);
if (!url) {
  console.error("usage: node bench/load.mjs <url> <durationSeconds> [connections] [raw]");
  process.exit(2);
}

const latencies = [];
const instance = autocannon({
  url,
  duration: Number(durationArg),
  connections: Number(connectionsArg),
  pipelining: 1,
});
instance.on("response", (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});

const result = await instance;
latencies.sort((a, b) => a - b);
const percentile = (p) => (latencies.length === 0 ? null : latencies[Math.ceil((p / 100) * latencies.length) - 1]);
const round = (n) => (n === null ? null : Math.round(n * 100) / 100);

console.log(
  JSON.stringify({
    url,
    connections: result.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    ok: latencies.length,
    requestsPerSecond: round(latencies.length / result.duration),
    p50Ms: round(percentile(50)),
    p99Ms: round(percentile(99)),
    maxMs: round(latencies.at(-1) ?? null),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(rawArg === "raw" && { latenciesMs: latencies.map(round) }),
  }),
);
