import type { Context, TypedResponse } from "hono";

/**
 * 204 No Content typed as @hono/zod-openapi types a declared response without content. `c.body(null, 204)` is
 * typed as a plain `Response`, which would leave the handler's other answers unchecked against the route's
 * declared statuses (docs/adr/0014).
 */
export function noContent(c: Context): TypedResponse<Record<never, never>, 204, string> {
  return c.body(null, 204) as unknown as TypedResponse<Record<never, never>, 204, string>;
}
