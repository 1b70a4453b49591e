import type { UnitOfWork } from "../../application/shared/ports.ts";
import type { Db } from "./database.ts";

/**
 * One drizzle transaction per `run`; `bind` builds the repositories on the transaction handle. The outer `db`
 * must never be used inside `work`: on PGlite (one session) that waits for the transaction forever.
 */
export function createPgUnitOfWork<Repos>(db: Db, bind: (tx: Db) => Repos): UnitOfWork<Repos> {
  return { run: (work) => db.transaction((tx) => work(bind(tx))) };
}
