import type { UnitOfWork } from "../../application/shared/ports.ts";

/** A fake able to undo: `snapshot()` saves its state and returns the function restoring it. */
export type Snapshottable = Readonly<{ snapshot(): () => void }>;

/**
 * Runs one unit at a time, as a one-session database would, and restores every participant's state when
 * `work` throws: the in-memory twin of a rolled-back transaction.
 */
export function createMemoryUnitOfWork<Repos>(repos: Repos, participants: readonly Snapshottable[]): UnitOfWork<Repos> {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    run(work) {
      const result = queue.then(async () => {
        const restores = participants.map((participant) => participant.snapshot());
        try {
          return await work(repos);
        } catch (error) {
          for (const restore of restores) restore();
          throw error;
        }
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
