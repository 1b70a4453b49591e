import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";

/** docs/API.md "Conventions": the access token, also as the HttpOnly cookie `session` set at login. */
export const SESSION_COOKIE = "session";

const ATTRIBUTES = { path: "/", httpOnly: true, secure: true, sameSite: "Lax" } as const;

/** Unreadable by scripts (HttpOnly), HTTPS only (Secure; browsers allow it on localhost), not sent cross-site on writes (Lax). */
export function setSessionCookie(c: Context, accessToken: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, accessToken, { ...ATTRIBUTES, expires: expiresAt });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, ATTRIBUTES);
}
