import type { Context } from "hono";

/** What the runtimes pass as `c.env` (duck-typed, so this layer imports no server package). */
type Bindings = {
  /** @hono/node-server: the Node request. */
  incoming?: { socket?: { remoteAddress?: string } };
  /** Deno.serve's second argument (src/main.deno.ts hands it through). */
  remoteAddr?: { hostname?: string };
};

/**
 * The client's IP address for per-address rate limits (docs/adr/0016), or null when there is none (a request made
 * in-process, e.g. `app.request()` in tests): such a request gets no per-address bucket at all, never a shared
 * "unknown" one. `trustedHops` is TRUST_PROXY: how many reverse proxies in front of us append to
 * `X-Forwarded-For`. The address list is the header's entries then the TCP peer; counting from the right, the
 * peer and the entries our own proxies wrote are trusted, so the client is the entry `trustedHops` places left of
 * the peer. Entries further left are the client's own claims and are never read (a shorter list than expected
 * yields its leftmost entry, as a misconfigured TRUST_PROXY would). IPv6 clients count per /64, the block one
 * subscriber usually gets.
 */
export function clientAddress(c: Context, trustedHops: number): string | null {
  const peer = peerAddress(c.env as Bindings | undefined);
  if (peer === null) return null;
  const forwarded = trustedHops > 0 ? forwardedFor(c.req.header("x-forwarded-for")) : [];
  const chain = [...forwarded, peer];
  for (let index = Math.max(0, chain.length - 1 - trustedHops); index < chain.length; index++) {
    // A trusted proxy wrote this entry; one it could not parse is skipped for the next trusted one.
    const address = normalise(chain[index] ?? "");
    if (address) return address;
  }
  return null;
}

function peerAddress(env: Bindings | undefined): string | null {
  return env?.incoming?.socket?.remoteAddress ?? env?.remoteAddr?.hostname ?? null;
}

function forwardedFor(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** "203.0.113.7", "203.0.113.7:4711", "::ffff:203.0.113.7" → "203.0.113.7"; IPv6 → its /64; junk → null. */
function normalise(raw: string): string | null {
  const unbracketed = raw.replace(/^\[([^\]]+)\](?::\d+)?$/, "$1");
  const v4 = unbracketed.replace(/^::ffff:/i, "").replace(/:\d+$/, "");
  const parts = IPV4.exec(v4);
  if (parts) return parts.slice(1).every((part) => Number(part) <= 255) ? v4 : null;
  return ipv6Prefix(unbracketed);
}

function ipv6Prefix(address: string): string | null {
  if (!/^[0-9a-f:]+$/i.test(address) || !address.includes(":")) return null;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  if (address.split("::").length > 2) return null;
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const missing = 8 - left.length - right.length;
  if ((address.includes("::") ? missing < 1 : missing !== 0) || [...left, ...right].some((g) => g.length > 4)) {
    return null;
  }
  const groups = [...left, ...Array(missing).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
