import type { IncomingMessage, Server } from "node:http";
import type { Socket } from "node:net";
import type { ServerType } from "@hono/node-server";

/** Long enough for a client to read the refusal over a slow link; the connection is held, never read from. */
const LINGER_MS = 2_000;

/**
 * Node-only (src/main.ts; Deno.serve closes by itself): what happens to a connection answered with
 * `Connection: close` while its request body is still arriving, e.g. a CV refused at 3 MiB of 64.
 *
 * Node ends such a response with `socket.destroySoon()`: its FIN, then the socket is closed as soon as the
 * response is flushed. Closing a socket with unread bytes in its receive buffer sends a TCP reset, which usually
 * reaches the client before it has read the 413: it only sees EPIPE or ECONNRESET (measured on Node 20: 3 runs out
 * of 3). Without `Connection: close` it is worse: Node (`req._dump()`) and @hono/node-server (up to 64 MiB or
 * 500 ms) drain the rest of the body to reuse the connection.
 *
 * Here such a socket lingers instead: the FIN goes after the response, the request stays paused so nothing more
 * is read (the kernel's buffers fill, then TCP flow control holds the client), and the socket is destroyed after
 * `lingerMs`, by which time the client has read its 413. A request read to its end closes as Node does.
 */
export function lingerInsteadOfDraining(server: ServerType, lingerMs: number = LINGER_MS): void {
  // HTTP/1.1 (what src/main.ts serves): @hono/node-server closes an HTTP/2 stream's unread body itself.
  const http1 = server as Server;
  const requestOn = new WeakMap<Socket, IncomingMessage>();
  http1.on("request", (request: IncomingMessage) => requestOn.set(request.socket, request));
  http1.on("connection", (socket: Socket) => {
    const closeAsNodeDoes = socket.destroySoon.bind(socket);
    socket.destroySoon = () => {
      const request = requestOn.get(socket);
      if (!request || request.complete) return closeAsNodeDoes();
      request.pause(); // undoes Node's drain (`req._dump()`) of a body no one started reading
      socket.end();
      const timer = setTimeout(() => socket.destroy(), lingerMs);
      timer.unref();
      socket.once("close", () => clearTimeout(timer));
    };
  });
}
