import { once } from "node:events";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { lingerInsteadOfDraining } from "../../../src/http/multipart/index.ts";
import { FORM_CONTENT_TYPE, streamedForm, type TextPart } from "./multipart-bodies.ts";
import { MiB, uploadApp } from "./upload-app.ts";

/**
 * The network behaviour, through the stack src/main.ts serves with (@hono/node-server on node:http, the
 * lingering close): a raw HTTP client streams a form whose file is 64 MiB, in 64 KiB chunks, honouring
 * backpressure, and never stops by itself; only the server's refusal and close end the upload.
 */
const FILE_BYTES = 64 * MiB;
const LINGER_MS = 1_000;
/** What the server may have read beyond the 3 MiB limit: its own stream buffers, a few hundred KiB measured. */
const SOCKET_BUFFERS = 2 * MiB;
const fields: TextPart[] = [
  { name: "firstName", value: "Léa" },
  { name: "email", value: "lea@example.fr" },
];

type Upload = {
  status: number | null;
  connection: string | undefined;
  body: string;
  /** Bytes handed to the client socket when the response arrived, and in all. */
  writtenAtResponse: number | null;
  written: number;
  error: string | null;
};

let server: Server;
let port: number;
const serverSockets: Socket[] = [];
const originalGlobals = { Request: globalThis.Request, Response: globalThis.Response };

beforeAll(async () => {
  const app = uploadApp(loadConfig({}).bodyLimitBytes);
  server = createAdaptorServer({ fetch: app.fetch, hostname: "127.0.0.1" }) as Server;
  lingerInsteadOfDraining(server, LINGER_MS);
  server.on("connection", (socket: Socket) => serverSockets.push(socket));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  // @hono/node-server replaced them with its own (as in production); other test files of this worker get them back.
  for (const [name, value] of Object.entries(originalGlobals)) Object.defineProperty(globalThis, name, { value });
});

/** Sends the form (chunked unless `contentLength`), writing on until the server answers and closes. */
function upload(fileBytes: number, contentLength?: number): Promise<Upload> {
  const outcome: Upload = {
    status: null,
    connection: undefined,
    body: "",
    writtenAtResponse: null,
    written: 0,
    error: null,
  };
  const chunks = streamedForm(fields, fileBytes);
  const headers = { "content-type": FORM_CONTENT_TYPE, ...(contentLength ? { "content-length": contentLength } : {}) };
  const request = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/upload", headers, agent: false });
  request.on("response", (response) => {
    outcome.status = response.statusCode ?? null;
    outcome.connection = response.headers.connection;
    outcome.writtenAtResponse = outcome.written;
    response.setEncoding("utf8");
    response.on("data", (text: string) => {
      outcome.body += text;
    });
    response.on("error", () => {});
  });
  request.on("error", (error: NodeJS.ErrnoException) => {
    outcome.error ??= error.code ?? error.message;
  });
  const pump = () => {
    while (!request.destroyed) {
      const next = chunks.next();
      if (next.done) return void request.end();
      outcome.written += next.value.byteLength;
      if (!request.write(next.value)) return void request.once("drain", pump);
    }
  };
  pump();
  return new Promise((resolve) => request.once("close", () => resolve(outcome)));
}

/** The bytes the server read from the client's connection, once it is closed. */
async function bytesTheServerRead(): Promise<number> {
  const socket = serverSockets.at(-1);
  if (!socket) throw new Error("no connection reached the server");
  if (!socket.destroyed) await once(socket, "close");
  return socket.bytesRead;
}

function formSize(fileBytes: number): number {
  let size = 0;
  for (const chunk of streamedForm(fields, 0)) size += chunk.byteLength;
  return size + fileBytes;
}

describe("uploading a 64 MiB CV to the real server", () => {
  it("sent chunked: 413 with Connection: close as soon as 3 MiB passed, then the connection closes, undrained", async () => {
    const sent = await upload(FILE_BYTES);
    expect(sent.status).toBe(413);
    expect(sent.connection).toBe("close");
    expect(JSON.parse(sent.body)).toEqual({ kind: "file_too_large", field: "cv", limit: 3 * MiB });
    expect(sent.error).toMatch(/^(EPIPE|ECONNRESET)$/); // the server closed a connection the client was still writing to
    expect(await bytesTheServerRead()).toBeLessThan(3 * MiB + SOCKET_BUFFERS);
    // The client's count also holds what sat in both kernels' socket buffers, far from the 64 MiB all the same.
    expect(sent.written).toBeLessThan(FILE_BYTES / 4);
  });

  it("declared by Content-Length: 413 PAYLOAD_TOO_LARGE at once, the body neither read nor drained", async () => {
    const sent = await upload(FILE_BYTES, formSize(FILE_BYTES));
    expect(sent.status).toBe(413);
    expect(sent.connection).toBe("close");
    expect(JSON.parse(sent.body).code).toBe("PAYLOAD_TOO_LARGE");
    expect(await bytesTheServerRead()).toBeLessThan(SOCKET_BUFFERS);
    expect(sent.written).toBeLessThan(FILE_BYTES / 4);
  });

  it.each([
    ["chunked", false],
    ["with its Content-Length", true],
  ])("a 3 MiB CV with its form, sent %s, is read whole", async (_how, declared) => {
    const sent = await upload(3 * MiB, declared ? formSize(3 * MiB) : undefined);
    expect(sent.status).toBe(200);
    expect(JSON.parse(sent.body)).toEqual({
      fields: { firstName: "Léa", email: "lea@example.fr" },
      files: [{ name: "cv", size: 3 * MiB }],
    });
    expect(sent.error).toBeNull();
  });
});
