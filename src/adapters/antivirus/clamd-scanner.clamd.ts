import { connect } from "node:net";
import type { AntivirusScanner, ScanVerdict } from "../../application/job-application/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";

const UPSTREAM = "antivirus";
/** clamd(8): the `z` prefix makes every reply end with a NUL; INSTREAM must be prefixed. */
const COMMAND = new TextEncoder().encode("zINSTREAM\0");
/** The chunks are ours to size; 64 KiB keeps each well under clamd's StreamMaxLength and its read buffer. */
export const CLAMD_MAX_CHUNK_BYTES = 64 * 1024;
/** A verdict is one short line; more without its NUL is not clamd speaking. */
const MAX_REPLY_CHARS = 4096;

type ClamdOptions = Readonly<{
  host: string;
  port: number;
  /** For the whole exchange, from connecting to the reply's NUL. */
  timeoutMs: number;
  /** Tests use small chunks to split a signature across chunks; capped at CLAMD_MAX_CHUNK_BYTES. */
  chunkBytes?: number;
}>;

/**
 * ClamAV's daemon over TCP (clamd(8), INSTREAM): `zINSTREAM\0`, then chunks `<4-byte big-endian length><bytes>`, a
 * zero-length chunk, and one reply up to its NUL: `stream: OK`, `stream: <signature> FOUND`, or `… ERROR`. Anything
 * but a verdict (an ERROR, a refused or closed connection, no reply within `timeoutMs`) is UpstreamUnavailable.
 * node:net, which Deno provides too.
 */
export function createClamdScanner(options: ClamdOptions): AntivirusScanner {
  const chunkBytes = Math.max(1, Math.min(options.chunkBytes ?? CLAMD_MAX_CHUNK_BYTES, CLAMD_MAX_CHUNK_BYTES));
  return {
    async scan(bytes) {
      return verdictOf(await exchange(options, instreamRequest(bytes, chunkBytes)));
    },
  };
}

function instreamRequest(bytes: Uint8Array, chunkBytes: number): Uint8Array[] {
  const parts: Uint8Array[] = [COMMAND];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    parts.push(lengthOf(chunk.length), chunk);
  }
  parts.push(lengthOf(0));
  return parts;
}

function lengthOf(length: number): Uint8Array {
  const prefix = new Uint8Array(4);
  new DataView(prefix.buffer).setUint32(0, length, false);
  return prefix;
}

function verdictOf(reply: string): ScanVerdict {
  if (reply === "stream: OK") return { outcome: "clean" };
  const found = /^stream: (.+) FOUND$/.exec(reply);
  if (found?.[1]) return { outcome: "infected", signature: found[1] };
  throw new UpstreamUnavailable(UPSTREAM, `clamd could not judge the file: ${reply.slice(0, 200)}`);
}

/** Sends the request and reads the reply up to its NUL, in at most `timeoutMs`. */
function exchange({ host, port, timeoutMs }: ClamdOptions, request: readonly Uint8Array[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    let reply = "";
    const socket = connect({ host, port });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      outcome();
    };
    const fail = (reason: string) => settle(() => reject(new UpstreamUnavailable(UPSTREAM, reason)));
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    socket.on("connect", () => {
      for (const part of request) socket.write(part);
    });
    socket.on("data", (data: Uint8Array) => {
      reply += decoder.decode(data, { stream: true });
      const end = reply.indexOf("\0");
      if (end !== -1) settle(() => resolve(reply.slice(0, end).trim()));
      else if (reply.length > MAX_REPLY_CHARS) fail("clamd's reply never ended");
    });
    // clamd closes at once after an ERROR reply: a write may fail after the reply arrived, which then wins.
    socket.on("error", (error) => fail(`clamd at ${host}:${port}: ${error.message}`));
    socket.on("close", () => fail(`clamd at ${host}:${port} closed the connection without a verdict`));
  });
}
