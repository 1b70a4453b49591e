import type { Context, TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type FieldError = Readonly<{ path: string; message: string }>;

/** RFC 9457 body; `code` is stable, `detail` a French sentence fit for an end user (docs/API.md "Conventions"). */
export type Problem<S extends ContentfulStatusCode = ContentfulStatusCode> = Readonly<{
  status: S;
  code: string;
  title: string;
  detail: string;
  errors?: readonly FieldError[];
  /** RFC 9457 extension members a refusal adds (e.g. the companies to choose from of SEVERAL_COMPANIES). */
  extensions?: Readonly<Record<string, unknown>>;
}>;

/** The body as sent, the shape `problemContent` declares in OpenAPI (src/http/schemas/problem.schema.ts). */
type ProblemBody = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
};

/**
 * A problem+json response typed with its literal status, one member per status, the way @hono/zod-openapi types
 * each declared `application/problem+json` response: a route handler returning a status its route does not
 * declare is a compile error (docs/adr/0014). Deliberately not a `Response` in the type system, so that routes
 * which also accept untyped responses (a 204) check it too; middleware and app-level handlers, whose Hono type is
 * `Response`, pass it through `asResponse`.
 */
export type ProblemResponse<S extends ContentfulStatusCode> = S extends ContentfulStatusCode
  ? TypedResponse<ProblemBody, S, "json">
  : never;

const PROBLEM_CONTENT_TYPE = "application/problem+json";

/**
 * The one place a problem+json body is built. Only responders call it (src/http/refusals.ts): every problem the
 * service answers has a code with a presentation in a catalogue.
 */
export function problemResponse<S extends ContentfulStatusCode>(
  c: Context,
  problem: Problem<S>,
  headers: Record<string, string> = {},
): ProblemResponse<S> {
  const { status, code, title, detail, errors, extensions } = problem;
  const body: ProblemBody = {
    ...extensions,
    type: `https://labonnealternance.local/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title,
    status,
    code,
    detail,
    ...(errors ? { errors: errors.map(({ path, message }) => ({ path, message })) } : {}),
    requestId: c.get("requestId") as string | undefined,
  };
  const response = c.body(JSON.stringify(body), status, { ...headers, "content-type": PROBLEM_CONTENT_TYPE });
  return response as unknown as ProblemResponse<S>;
}

/** The response itself, for middleware, `notFound` and `onError` (typed `Response` by Hono). */
export function asResponse(problem: ProblemResponse<ContentfulStatusCode>): Response {
  return problem as unknown as Response;
}
