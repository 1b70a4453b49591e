import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/http/middleware/client-address.ts";

/** What clientAddress answers for a request with these headers, under these runtime bindings. */
async function addressOf(bindings: object | undefined, trustedHops: number, forwarded?: string) {
  const app = new Hono().get("/", (c) => c.json({ address: clientAddress(c, trustedHops) }));
  const headers: Record<string, string> = forwarded === undefined ? {} : { "x-forwarded-for": forwarded };
  const response = await app.request("/", { headers }, bindings);
  return ((await response.json()) as { address: string | null }).address;
}

const node = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
const deno = (hostname: string) => ({ remoteAddr: { hostname, port: 4711, transport: "tcp" } });

describe("clientAddress (docs/adr/0016)", () => {
  it("is the TCP peer on Node and on Deno (Deno.serve's remoteAddr)", async () => {
    expect(await addressOf(node("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(await addressOf(deno("203.0.113.8"), 0)).toBe("203.0.113.8");
    expect(await addressOf(node("::ffff:203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("is null without a peer (an in-process request): such a request has no per-address bucket", async () => {
    expect(await addressOf(undefined, 0)).toBeNull();
    expect(await addressOf(undefined, 1, "203.0.113.7")).toBeNull();
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY says proxies append to it", async () => {
    expect(await addressOf(node("10.0.0.1"), 0, "203.0.113.7")).toBe("10.0.0.1");
  });

  it("counts TRUST_PROXY hops from the right: entries the client wrote itself are never read", async () => {
    expect(await addressOf(node("10.0.0.1"), 1, "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(await addressOf(node("10.0.0.2"), 2, "6.6.6.6, 203.0.113.7, 10.0.0.1")).toBe("203.0.113.7");
    expect(await addressOf(node("10.0.0.1"), 1)).toBe("10.0.0.1"); // reached directly, without the header
    expect(await addressOf(node("10.0.0.2"), 2, "203.0.113.7")).toBe("203.0.113.7"); // a shorter chain
  });

  it("skips an entry a proxy could not write as an address, for the next trusted one", async () => {
    expect(await addressOf(node("10.0.0.1"), 1, "unknown")).toBe("10.0.0.1");
    expect(await addressOf(node("10.0.0.1"), 1, "203.0.113.7:51234")).toBe("203.0.113.7");
    expect(await addressOf(node("10.0.0.1"), 1, "999.1.1.1")).toBe("10.0.0.1");
  });

  it("counts an IPv6 client per /64, the block one subscriber usually gets", async () => {
    expect(await addressOf(node("2001:db8:abcd:12:1::9"), 0)).toBe("2001:db8:abcd:12::/64");
    expect(await addressOf(node("2001:0db8:abcd:0012:ffff::1"), 0)).toBe("2001:db8:abcd:12::/64");
    expect(await addressOf(node("10.0.0.1"), 1, "[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
  });
});
