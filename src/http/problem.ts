import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** RFC 9457 body; `code` is stable, `detail` a French sentence fit for an end user (docs/API.md "Conventions"). */
export type Problem = Readonly<{
  status: ContentfulStatusCode;
  code: string;
  title: string;
  detail: string;
  errors?: readonly { path: string; message: string }[];
  extra?: Record<string, unknown>;
}>;

const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * Typed `never` so route handlers may return it beside their typed success bodies: each route declares its
 * problem+json responses in OpenAPI, a media type hono's typed-response check cannot express.
 */
export function problemResponse(c: Context, problem: Problem, headers: Record<string, string> = {}): never {
  const { status, code, title, detail, errors, extra } = problem;
  const body = {
    type: `https://labonnealternance.local/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title,
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
    ...extra,
    requestId: c.get("requestId") as string | undefined,
  };
  return c.body(JSON.stringify(body), status, { ...headers, "content-type": PROBLEM_CONTENT_TYPE }) as never;
}
