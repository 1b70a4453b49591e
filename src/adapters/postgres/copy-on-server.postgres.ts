import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { onReservedConnection, type ServerClient } from "./reserved-connection.postgres.ts";

/**
 * `COPY … FROM STDIN` of `text` through postgres.js, on a connection of its own: postgres.js pipelines the pool's
 * queries, and one sent behind the COPY before the server enters copy mode would reach it mid-copy, which ends the
 * session ("protocol synchronization was lost", seen with searches running during an import).
 *
 * postgres.js 3.4 hands the copy's stream out by resolving the query; a failure the server reports once every row
 * has gone (a malformed value, the statement timeout, the connection lost) then only reaches the query's `reject`,
 * and the stream never finishes. So that `reject` is also wired to this promise: the COPY fails with the server's
 * error (its SQLSTATE kept) instead of waiting forever.
 */
export function copyOnServer(server: ServerClient, statement: string, text: string): Promise<void> {
  return onReservedConnection(server, async (connection) => {
    const query = connection.unsafe(statement);
    let refuse: (error: unknown) => void = () => {};
    const refused = new Promise<never>((_, reject) => {
      refuse = reject;
    });
    refused.catch(() => {}); // awaited below only through the races
    const reject = query.reject;
    query.reject = (error) => {
      reject(error);
      refuse(error);
    };
    const stream = await Promise.race([query.writable(), refused]);
    await Promise.race([pipeline(Readable.from([text]), stream), refused]);
  });
}
