/** One slice of a measure: every latency it saw and how long it ran. */
export type Slice = Readonly<{ latenciesMs: readonly number[]; seconds: number }>;

/**
 * Nearest-rank percentiles and the rate over several slices of one measure, as if it had run once: the bench
 * alternates the API and its SQL floor in slices, so that a machine that speeds up or slows down meanwhile (a
 * shared host does) weighs on both alike instead of on whichever ran second.
 */
export function pooled(slices: readonly Slice[]) {
  const all = slices.flatMap((slice) => slice.latenciesMs).sort((a, b) => a - b);
  const seconds = slices.reduce((total, slice) => total + slice.seconds, 0);
  const at = (p: number) => (all.length === 0 ? null : (all[Math.ceil((p / 100) * all.length) - 1] ?? null));
  return {
    count: all.length,
    seconds,
    p50Ms: at(50),
    p99Ms: at(99),
    maxMs: all.at(-1) ?? null,
    requestsPerSecond: seconds > 0 ? Math.round((all.length / seconds) * 100) / 100 : 0,
  };
}
