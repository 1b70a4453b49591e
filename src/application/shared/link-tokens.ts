import type { LinkPurpose } from "../../domain/shared/link-token.ts";

export {
  checkLinkToken,
  LINK_TOKEN_PATTERN,
  type LinkInvalid,
  type LinkInvalidReason,
  linkInvalid,
  markLinkTokenUsed,
  type StoredLinkToken,
} from "../../domain/shared/link-token.ts";

/** Cryptographically secure random bytes (Web Crypto in production, fixed bytes in tests). */
export interface SecretGenerator {
  randomBytes(length: number): Uint8Array;
}

/** 256 bits: unguessable, so a link needs no other secret and its hash can be looked up directly. */
const LINK_TOKEN_BYTES = 32;

/** `token` goes into the email URL only; `tokenHash` is what the context stores. */
export type IssuedLinkToken = Readonly<{ token: string; tokenHash: string; purpose: LinkPurpose; expiresAt: Date }>;

export type LinkTokenRequest = Readonly<{ purpose: LinkPurpose; now: Date; validityMinutes: number }>;

/** A fresh link token for one purpose, valid `validityMinutes` from `now` (e.g. 60 for login, FAQ). */
export async function issueLinkToken(secrets: SecretGenerator, request: LinkTokenRequest): Promise<IssuedLinkToken> {
  const token = toBase64Url(secrets.randomBytes(LINK_TOKEN_BYTES));
  return {
    token,
    tokenHash: await hashLinkToken(token),
    purpose: request.purpose,
    expiresAt: new Date(request.now.getTime() + request.validityMinutes * 60_000),
  };
}

/**
 * SHA-256 of the token, lower-case hex (64 characters). Look rows up by this hash: the database never holds a
 * usable link, and comparing hashes leaks nothing useful through timing. `crypto.subtle` exists on Node and Deno.
 */
export async function hashLinkToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** RFC 4648 §5 alphabet without padding, safe as a URL path segment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
