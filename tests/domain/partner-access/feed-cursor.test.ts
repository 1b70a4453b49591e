import { describe, expect, it } from "vitest";
import {
  cursorAfter,
  decodeFeedCursor,
  encodeFeedCursor,
  FEED_CURSOR_PATTERN,
  type FeedCursor,
  isAfterCursor,
} from "../../../src/domain/partner-access/feed-cursor.ts";

const refused = { ok: false, error: { code: "CURSOR_INVALID" } };
const cursor: FeedCursor = {
  updatedAt: new Date("2026-11-02T08:00:00.123Z"),
  id: "0b5c2f6e-3d1a-4c8e-9f00-1a2b3c4d5e6f",
};
/** base64url of any text, to forge payloads. */
const forge = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");

describe("feed cursor", () => {
  it.each([
    ["a UUID at a millisecond", cursor],
    ["the epoch", { updatedAt: new Date(0), id: "x" }],
    ["an id with non-ASCII and JSON characters", { updatedAt: new Date("2030-01-01T00:00:00Z"), id: 'é"\\/ ü' }],
    ["a 200-character id", { updatedAt: new Date("2026-01-01T00:00:00Z"), id: "a".repeat(200) }],
  ])("round-trips %s through opaque base64url text", (_, value) => {
    const text = encodeFeedCursor(value);
    expect(text).toMatch(FEED_CURSOR_PATTERN);
    expect(text).not.toContain(value.id);
    expect(decodeFeedCursor(text)).toEqual({ ok: true, value });
  });

  it("is the position of a page's last item", () => {
    const item = { ...cursor, title: "Boulanger" };
    expect(cursorAfter(item)).toEqual(cursor);
  });

  const text = encodeFeedCursor(cursor);
  it.each([
    ["empty", ""],
    ["truncated", text.slice(0, -1)],
    ["truncated to 4n + 1 characters", text.slice(0, 4 * Math.floor(text.length / 4) + 1)],
    ["with a character appended", `${text}A`],
    ["with padding", `${text}==`],
    ["in standard base64", text.replaceAll("-", "+").replaceAll("_", "/").concat("+")],
    ["with a character outside base64url", `${text.slice(0, 5)}.${text.slice(6)}`],
    ["too long", "A".repeat(600)],
    ["not JSON", forge("updatedAt=2026-11-02")],
    ["JSON of another shape", forge('{"updatedAt":"2026-11-02T08:00:00Z","id":"x"}')],
    ["of another version", forge('[2,1793606400000,"x"]')],
    ["with a fractional instant", forge('[1,1793606400000.5,"x"]')],
    ["with an instant as text", forge('[1,"1793606400000","x"]')],
    ["with an instant outside the Date range", forge('[1,8640000000000001,"x"]')],
    ["with an empty id", forge('[1,1793606400000,""]')],
    ["with a numeric id", forge("[1,1793606400000,42]")],
    ["with an id of 201 characters", forge(`[1,1793606400000,"${"a".repeat(201)}"]`)],
    ["with an extra element", forge('[1,1793606400000,"x",0]')],
    ["not in canonical JSON", forge('[1, 1793606400000, "x"]')],
    ["not UTF-8", "_w"],
  ])("refuses a cursor %s", (_, candidate) => {
    expect(decodeFeedCursor(candidate)).toEqual(refused);
  });

  it("refuses a cursor whose spare bits were changed (same bytes, other text)", () => {
    const canonical = forge('[1,1793606400000,"ab"]');
    const last = canonical.at(-1) ?? "";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const sibling = alphabet[alphabet.indexOf(last) + 1] ?? "";
    expect(atob(`${canonical.slice(0, -1)}${sibling}`)).toBe(atob(canonical));
    expect(decodeFeedCursor(`${canonical.slice(0, -1)}${sibling}`)).toEqual(refused);
  });

  it.each([
    ["a later instant", { updatedAt: new Date(cursor.updatedAt.getTime() + 1), id: "0" }, true],
    ["the same instant, a greater id", { updatedAt: cursor.updatedAt, id: `${cursor.id}0` }, true],
    ["the cursor's own item", cursor, false],
    ["the same instant, a smaller id", { updatedAt: cursor.updatedAt, id: "0" }, false],
    ["an earlier instant", { updatedAt: new Date(cursor.updatedAt.getTime() - 1), id: "z" }, false],
  ])("orders %s after the cursor: %s", (_, item, after) => {
    expect(isAfterCursor(item, cursor)).toBe(after);
  });
});
