import type { Writable } from "node:stream";
// A CommonJS module whose exports Node cannot list: only its default import works under plain Node.
import cliProgress, { type GenericFormatter } from "cli-progress";
import { ignoredProgress, type JobProgress } from "../application/scheduling/index.ts";

/** The stream the bar is drawn on (process.stderr), `isTTY` telling whether someone watches it. */
type Terminal = Writable & { isTTY?: boolean; columns?: number };

type ProgressBar = JobProgress & Readonly<{ /** Draws the last state and gives the line back. */ stop(): void }>;

const WITH_TOTAL = "{job} {bar} {percentage} % | {value}/{total} | reste {eta_formatted}";
const WITHOUT_TOTAL = "{job} {value} traités | {duration_formatted}";

/**
 * A progress bar for `npm run job` on a terminal, drawn from the first news of the run; on anything else (a pipe,
 * a log file) nothing at all, so that no escape codes end up in logs.
 */
export function terminalProgressBar(job: string, terminal: Terminal): ProgressBar {
  if (!terminal.isTTY) return { ...ignoredProgress, stop: () => {} };
  let totalKnown = false;
  // Which format depends on whether the run announced a total yet (`total(null)`: not yet).
  const format: GenericFormatter = (options, params, payload) =>
    cliProgress.Format.Formatter({ ...options, format: totalKnown ? WITH_TOTAL : WITHOUT_TOTAL }, params, payload);
  const bar = new cliProgress.SingleBar({ stream: terminal, format, hideCursor: true, clearOnComplete: false });
  let started = false;
  const start = () => {
    if (!started) bar.start(0, 0, { job });
    started = true;
  };
  return {
    total(units) {
      start();
      totalKnown = units !== null;
      bar.setTotal(units ?? 0);
    },
    advance(units) {
      start();
      bar.increment(units);
    },
    stop: () => bar.stop(),
  };
}
