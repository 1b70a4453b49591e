import type { ContentfulStatusCode } from "hono/utils/http-status";

/** How one refusal is shown as problem+json: status, French title and detail, extra headers. */
export type Presentation<E> = {
  status: ContentfulStatusCode;
  title: string;
  detail: (error: E) => string;
  /** E.g. `Retry-After` for a rate limit. */
  headers?: (error: E) => Record<string, string>;
  /** The fields at fault (`errors` of docs/API.md "Conventions"), when there are several. */
  errors?: (error: E) => readonly Readonly<{ path: string; message: string }>[];
  /** Extension members of the body (RFC 9457 §3.2), beside the standard ones. */
  extensions?: (error: E) => Readonly<Record<string, unknown>>;
};

/** One presentation per code of the union `D`: a code without one is a compile error. */
export type Catalogue<D extends { code: string }> = { [C in D["code"]]: Presentation<Extract<D, { code: C }>> };
