import { type IdentityTestApp, json, newestEmail } from "../../../support/identity-app.ts";

type App = IdentityTestApp["app"];

let clients = 0;
/** Each request from its own client address, so the per-address limits of public writes stay out of the way. */
export const fromAnywhere = () => ({ incoming: { socket: { remoteAddress: `203.0.113.${++clients % 250}` } } });

/** A browser's form POST (urlencoded), with the cookies given. */
export function postForm(fields: Record<string, string>, cookie = ""): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields),
  };
}

export const withCookie = (cookie: string): RequestInit => ({ headers: { cookie } });

/** `name=value` of a Set-Cookie header of the response ("" when absent). */
export function cookieOf(response: Response, name: string): string {
  const found = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  return found ? (found.split(";")[0] ?? "") : "";
}

/** The login email's link, opened and confirmed ("Me connecter") as a browser does: the session cookie. */
export async function confirmLoginLink(app: App, email: string, cookie = "") {
  const { link } = await newestEmail(app, email);
  const path = new URL(link).pathname;
  const response = await app.request(path, postForm({}, cookie));
  return { response, session: cookieOf(response, "session") };
}

/** Login through the JSON API (tests of the pages that need a signed-in person): the `session` cookie. */
export async function sessionOf(app: App, email: string): Promise<string> {
  await app.request("/api/v1/auth/magic-link", json("POST", { email }), fromAnywhere());
  const { token } = await newestEmail(app, email);
  const opened = await app.request("/api/v1/auth/session", json("POST", { token }));
  const { accessToken } = (await opened.json()) as { accessToken: string };
  return `session=${accessToken}`;
}

/** The texts of the email messages sent to `to` (after running the jobs that send them). */
export async function mailboxOf(app: App, to: string): Promise<{ subject: string; text: string }[]> {
  await app.request("/dev/jobs/identity:login-links", { method: "POST" });
  await app.request("/dev/jobs/outbox:dispatch", { method: "POST" });
  const body = (await (await app.request(`/dev/mailbox?to=${encodeURIComponent(to)}`)).json()) as {
    messages: { subject: string; text: string }[];
  };
  return body.messages;
}
