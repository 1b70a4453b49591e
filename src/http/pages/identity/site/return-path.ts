import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { safeReturnPath } from "../../site/page-session.ts";

/**
 * The page a person wanted before the login form (`?suite=`), kept in the browser while the login email travels:
 * the link of the email opens `/connexion/{token}` in the same browser, whose POST sends the person back there.
 * Only a path of ours (safeReturnPath), for the link's lifetime (60 minutes).
 */
const RETURN_PATH_COOKIE = "suite";
const ATTRIBUTES = { path: "/", httpOnly: true, secure: true, sameSite: "Lax" } as const;

export function rememberReturnPath(c: Context, suite: string): void {
  if (suite === "") return;
  setCookie(c, RETURN_PATH_COOKIE, safeReturnPath(suite), { ...ATTRIBUTES, maxAge: 60 * 60 });
}

/** The remembered page (forgotten as it is read), else the console. */
export function takeReturnPath(c: Context): string {
  const remembered = getCookie(c, RETURN_PATH_COOKIE);
  if (remembered !== undefined) deleteCookie(c, RETURN_PATH_COOKIE, ATTRIBUTES);
  return safeReturnPath(remembered);
}
