import type { DatabaseProbe } from "../../../application/service/ports.ts";
import { type Db, pingDatabase } from "../database.ts";

export function createPgDatabaseProbe(db: Db): DatabaseProbe {
  return { isUp: () => pingDatabase(db) };
}
