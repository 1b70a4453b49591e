import type { Writable } from "node:stream";
import type { Db } from "./database.ts";

/**
 * A postgres.js query as these adapters use it beyond awaiting its rows: a COPY's stream (`writable`) and the
 * query's own `reject`, which the connection calls when the server refuses it (copy-on-server.postgres.ts).
 */
type ServerQuery = Promise<unknown> & { writable(): Promise<Writable>; reject: (error: unknown) => void };
export type ReservedConnection = Readonly<{ unsafe(text: string): ServerQuery; release(): void }>;
export type ServerClient = Readonly<{ reserve(): Promise<ReservedConnection> }>;

/** The postgres.js pool behind `db` (a server), or null: PGlite, or a transaction handle (it has no client). */
export function serverClientOf(db: Db): ServerClient | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  const reserve = typeof client === "function" ? (client as unknown as Partial<ServerClient>).reserve : undefined;
  return typeof reserve === "function" ? (client as unknown as ServerClient) : null;
}

/** Runs `work` on one connection of the pool that no other query shares meanwhile, then gives it back. */
export async function onReservedConnection<T>(
  server: ServerClient,
  work: (connection: ReservedConnection) => Promise<T>,
): Promise<T> {
  const connection = await server.reserve();
  try {
    return await work(connection);
  } finally {
    connection.release();
  }
}
