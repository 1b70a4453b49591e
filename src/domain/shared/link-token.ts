import { err, ok, type Result } from "./result.ts";

/**
 * Single-use email links (docs/API.md "Action pages"): the email carries a random token as the last path segment of
 * the URL; the database keeps only its SHA-256 hash, with what it may be used for and until when. Each context
 * stores these fields in its own table and checks them here before acting.
 */

/** What a link may do; one purpose per page family of docs/API.md "Action pages". */
export type LinkPurpose =
  | "login"
  | "email_confirmation"
  | "application_response"
  | "offer_action"
  | "appointment_reply"
  | "parcoursup_activation"
  | "company_unsubscription"
  | "invitation"
  | "join_request";

/** 32 random bytes in base64url without padding: exactly 43 characters. HTTP reuses it to drop garbage early. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The stored side of a link. `usedAt` stays null for links a context allows to be used more than once. */
export type StoredLinkToken = Readonly<{
  tokenHash: string;
  purpose: LinkPurpose;
  expiresAt: Date;
  usedAt: Date | null;
}>;

export type LinkInvalidReason = "unknown" | "expired" | "used" | "wrong_purpose";

/** docs/API.md: every unusable link is one code, `LINK_INVALID`; `reason` only chooses the French explanation. */
export type LinkInvalid = Readonly<{ code: "LINK_INVALID"; reason: LinkInvalidReason }>;

export const linkInvalid = (reason: LinkInvalidReason): LinkInvalid => ({ code: "LINK_INVALID", reason });

/**
 * May this stored link act now for `purpose`? `stored` is null when no row has the presented token's hash.
 * A link is valid strictly before `expiresAt`.
 */
export function checkLinkToken(
  stored: StoredLinkToken | null,
  expected: Readonly<{ purpose: LinkPurpose; now: Date }>,
): Result<StoredLinkToken, LinkInvalid> {
  if (stored === null) return err(linkInvalid("unknown"));
  if (stored.purpose !== expected.purpose) return err(linkInvalid("wrong_purpose"));
  if (stored.usedAt !== null) return err(linkInvalid("used"));
  if (expected.now.getTime() >= stored.expiresAt.getTime()) return err(linkInvalid("expired"));
  return ok(stored);
}

/** The link after its one use; call it in the same transaction as the change it authorises. */
export function markLinkTokenUsed(stored: StoredLinkToken, now: Date): StoredLinkToken {
  return { ...stored, usedAt: now };
}
