import type { Context } from "hono";

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/**
 * The peer's IP address for per-address rate limits: @hono/node-server passes the Node request as `c.env`
 * (duck-typed here, so this layer imports no server package). Null elsewhere (tests' `app.request`, other
 * runtimes), which puts such requests in one shared bucket. Behind a reverse proxy every client shares the
 * proxy's address: trusting `X-Forwarded-For` needs a configured proxy list (not done yet).
 */
export function clientAddress(c: Context): string | null {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
