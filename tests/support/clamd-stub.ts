import { type AddressInfo, createServer, type Server, type Socket } from "node:net";
import { EICAR_TEST_FILE } from "../../src/adapters/antivirus/offline-scanner.ts";

/** What the stub names the EICAR test file, as ClamAV's database does. */
export const CLAMD_EICAR_SIGNATURE = "Win.Test.EICAR_HDB-1";

/**
 * - `normal`: answers INSTREAM like clamd, finding the EICAR string anywhere in the stream;
 * - `down`: accepts, then closes every connection at once;
 * - `slow`: reads, and never answers.
 */
type ClamdStubMode = "normal" | "down" | "slow";

/** One INSTREAM the stub read to its end: the command, each chunk's declared length (the final 0 included), the bytes. */
type ClamdRequest = Readonly<{ command: string; chunkLengths: readonly number[]; bytes: Uint8Array }>;

export type ClamdStub = Readonly<{
  host: string;
  port: number;
  requests: readonly ClamdRequest[];
  setMode(mode: ClamdStubMode): void;
  reset(): void;
  close(): Promise<void>;
}>;

/**
 * A local clamd speaking INSTREAM (clamd(8)): `zINSTREAM\0`, chunks `<4-byte big-endian length><bytes>` ended by a
 * zero length; replies `stream: OK\0` or `stream: <signature> FOUND\0`, and past `maxStreamBytes` (clamd's
 * StreamMaxLength) `INSTREAM size limit exceeded. ERROR\0` before closing, as clamd does.
 */
export async function startClamdStub(options: Readonly<{ maxStreamBytes?: number }> = {}): Promise<ClamdStub> {
  const maxStreamBytes = options.maxStreamBytes ?? 25 * 1024 * 1024;
  const requests: ClamdRequest[] = [];
  const sockets = new Set<Socket>();
  let mode: ClamdStubMode = "normal";
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {}); // a client giving up mid-stream
    if (mode === "down") socket.destroy();
    else if (mode === "slow") socket.resume();
    else readInstream(socket, maxStreamBytes, (request) => requests.push(request));
  });
  await listen(server);
  return {
    host: "127.0.0.1",
    port: (server.address() as AddressInfo).port,
    requests,
    setMode: (next) => {
      mode = next;
    },
    reset: () => {
      requests.length = 0;
      mode = "normal";
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on (it was open a moment ago): connecting to it is refused. */
export async function aClosedPort(): Promise<number> {
  const server = createServer();
  await listen(server);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
}

/** Parses the stream as it arrives; answers once the zero-length chunk came, or at once when past the cap. */
function readInstream(socket: Socket, maxStreamBytes: number, record: (request: ClamdRequest) => void): void {
  let pending: Uint8Array = new Uint8Array(0);
  let command: string | null = null;
  const chunkLengths: number[] = [];
  const chunks: Uint8Array[] = [];
  let total = 0;
  let answered = false;
  const answer = (reply: string) => {
    answered = true;
    socket.end(`${reply}\0`); // then keep reading (and dropping) what the client still sends
  };
  socket.on("data", (data: Uint8Array) => {
    if (answered) return;
    pending = concat([pending, data]);
    if (command === null) {
      const end = pending.indexOf(0);
      if (end === -1) return;
      command = new TextDecoder().decode(pending.subarray(0, end));
      pending = pending.subarray(end + 1);
      if (command !== "zINSTREAM") return answer("UNKNOWN COMMAND");
    }
    while (pending.length >= 4) {
      const length = new DataView(pending.buffer, pending.byteOffset, 4).getUint32(0, false);
      if (length > 0 && pending.length < 4 + length) return;
      chunkLengths.push(length);
      if (length === 0) {
        const bytes = concat(chunks);
        record({ command, chunkLengths, bytes });
        return answer(verdictOf(bytes));
      }
      chunks.push(pending.slice(4, 4 + length));
      pending = pending.subarray(4 + length);
      total += length;
      if (total > maxStreamBytes) return answer("INSTREAM size limit exceeded. ERROR");
    }
  });
}

function verdictOf(bytes: Uint8Array): string {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.includes(EICAR_TEST_FILE) ? `stream: ${CLAMD_EICAR_SIGNATURE} FOUND` : "stream: OK";
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
