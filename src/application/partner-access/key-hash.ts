/**
 * SHA-256 of a clear partner key, lower-case hex (64 characters): what the repository stores and looks up.
 * Keys carry 256 random bits, so a fast unsalted hash is enough (no dictionary to try); `crypto.subtle` is the
 * Web-standard API of Node and Deno.
 */
export async function hashPartnerApiKey(clearKey: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(clearKey));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
