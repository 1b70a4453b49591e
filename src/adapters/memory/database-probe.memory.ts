import type { DatabaseProbe } from "../../application/service/ports.ts";

export type MemoryDatabaseProbe = DatabaseProbe & {
  /** Tests: the database stops (true) or starts (false) answering. */
  setDown(down: boolean): void;
};

/** A database that answers until told it is down (tests/contracts/database-probe.contract.ts). */
export function createMemoryDatabaseProbe(): MemoryDatabaseProbe {
  let down = false;
  return {
    isUp: async () => !down,
    setDown(value) {
      down = value;
    },
  };
}
