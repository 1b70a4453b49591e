import type { Context } from "hono";
import { sharedCatalogue } from "../../refusals.ts";
import { MessagePage } from "./message-page.tsx";
import { refusalTextIn } from "./refusal-text.ts";
import { SITE_PATHS } from "./site-paths.ts";
import { sitePageResponse } from "./site-response.ts";

const sentenceOf = refusalTextIn(sharedCatalogue);

/**
 * The per-address limit of public writes (docs/adr/0016) on a page's form: the same 429 and `Retry-After` as the
 * JSON routes, as a French page (src/composition/rate-limiting.ts hands it to the guard for non-/api paths).
 */
export function tooManyRequestsPage(c: Context, retryAfterSeconds: number): Response | Promise<Response> {
  c.header("Retry-After", String(retryAfterSeconds));
  const section = c.req.path.startsWith(SITE_PATHS.pro) ? "pro" : "candidate";
  const line = sentenceOf({ code: "RATE_LIMITED", retryAfterSeconds });
  return sitePageResponse(c, 429, <MessagePage title="Trop de demandes" section={section} lines={[line]} />);
}
