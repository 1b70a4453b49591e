import { err, ok, type Result } from "../shared/result.ts";
import type { CursorInvalid } from "./errors.ts";

/**
 * Keyset position in a partner feed (docs/API.md "Partners": items in update order, then `nextCursor`). Items are read
 * in (updatedAt, id) order; the cursor is the last item sent, and the next page starts strictly after it, so a
 * row updated while a partner pages through moves to the end instead of being skipped or repeated.
 *
 * Opaque to partners: base64url of a small JSON array. It is not signed: it only chooses where to resume within
 * data the key may read anyway, so a forged one gains nothing. Decoding is strict (and canonical) so garbage or
 * altered text is refused with CURSOR_INVALID instead of silently restarting the feed.
 */
export type FeedCursor = Readonly<{ updatedAt: Date; id: string }>;

const VERSION = 1;
/** Generous for a version, a 13-digit instant and an id of up to 200 characters (UUIDs are 36). */
export const FEED_CURSOR_MAX_LENGTH = 512;
export const FEED_CURSOR_PATTERN = /^[A-Za-z0-9_-]+$/;
const ID_MAX_LENGTH = 200;
/** ECMAScript's Date range. */
const MAX_TIME_MS = 8.64e15;

const invalid = (): CursorInvalid => ({ code: "CURSOR_INVALID" });

/** The cursor after `item`: give it as `nextCursor` when a page ends with `item`. */
export const cursorAfter = (item: Readonly<{ updatedAt: Date; id: string }>): FeedCursor => ({
  updatedAt: item.updatedAt,
  id: item.id,
});

export function encodeFeedCursor(cursor: FeedCursor): string {
  const json = JSON.stringify([VERSION, cursor.updatedAt.getTime(), cursor.id]);
  return bytesToBase64Url(new TextEncoder().encode(json));
}

export function decodeFeedCursor(text: string): Result<FeedCursor, CursorInvalid> {
  if (text.length > FEED_CURSOR_MAX_LENGTH || !FEED_CURSOR_PATTERN.test(text)) return err(invalid());
  const payload = parsePayload(text);
  if (payload === null) return err(invalid());
  const cursor = { updatedAt: new Date(payload.time), id: payload.id };
  // Only the exact text we would write is accepted (base64 has spare bits in its last character).
  return encodeFeedCursor(cursor) === text ? ok(cursor) : err(invalid());
}

/**
 * Whether `item` comes strictly after `cursor` in feed order. Ids compare by UTF-16 code unit, which for the
 * ASCII ids we issue is byte order: the SQL side must compare them the same way (`id collate "C"`).
 */
export function isAfterCursor(item: Readonly<{ updatedAt: Date; id: string }>, cursor: FeedCursor): boolean {
  const difference = item.updatedAt.getTime() - cursor.updatedAt.getTime();
  return difference > 0 || (difference === 0 && item.id > cursor.id);
}

function parsePayload(text: string): { time: number; id: string } | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(base64UrlToBytes(text)));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3 || value[0] !== VERSION) return null;
  const [, time, id] = value as [unknown, unknown, unknown];
  if (typeof time !== "number" || !Number.isSafeInteger(time) || Math.abs(time) > MAX_TIME_MS) return null;
  if (typeof id !== "string" || id.length === 0 || id.length > ID_MAX_LENGTH) return null;
  return { time, id };
}

/** RFC 4648 §5 without padding, with the Web-standard `btoa` (Node and Deno alike). */
function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Throws on text `atob` refuses (e.g. a length of 4n + 1). */
function base64UrlToBytes(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
