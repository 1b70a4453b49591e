/**
 * Calls `beat` every `everyMs` until the returned function is called: how a long run keeps a short lease (a job's,
 * the outbox messages it is sending) alive, so that a process killed mid-run frees its lease within seconds
 * (docs/adr/0017). A failed beat is ignored: the next one tries again, and the lease lasts three beats.
 */
export type Heartbeat = (everyMs: number, beat: () => Promise<unknown>) => () => void;

/** The real one, on the runtime's timers. */
export const timerHeartbeat: Heartbeat = (everyMs, beat) => {
  const timer = setInterval(() => {
    beat().catch(() => undefined);
  }, everyMs);
  return () => clearInterval(timer);
};

/** Without a heartbeat a lease is never renewed: it must outlast the whole run. */
export const noHeartbeat: Heartbeat = () => () => undefined;

/** Beats per lease: a lease survives two missed beats. */
export const BEATS_PER_LEASE = 3;
