import type { MiddlewareHandler } from "hono";
import type { authenticatePartner, Partner } from "../../application/partner-access/index.ts";
import { partnerAccessCatalogue, partnerQuotaExceeded } from "../partner-access-errors.ts";
import { asResponse } from "../problem.ts";
import { refusalResponder } from "../refusals.ts";

/** Handlers behind `partnerKey` read the calling platform with `c.var.partner`. */
export type PartnerEnv = { Variables: { partner: Partner } };

export type PartnerMiddleware = MiddlewareHandler<PartnerEnv>;

/** docs/API.md "Partners". Header names are case-insensitive; this is how the documentation spells it. */
const PARTNER_API_KEY_HEADER = "X-Api-Key";

/**
 * Guards the partner feeds: the `authenticatePartner` use case checks the key and counts the request against the
 * key's quota; a refusal is answered here as problem+json (401 API_KEY_INVALID, or 429 RATE_LIMITED with
 * Retry-After), so a feed handler only runs for a known partner within its quota.
 */
export function partnerKey(authenticate: ReturnType<typeof authenticatePartner>): PartnerMiddleware {
  return async (c, next) => {
    const resolved = await authenticate({ apiKey: c.req.header(PARTNER_API_KEY_HEADER) ?? null });
    if (!resolved.ok) return asResponse(partnerKeyProblem(c, resolved.error));
    c.set("partner", resolved.value);
    await next();
  };
}

/**
 * The partner's quota is worded for a platform (partnerQuotaExceeded), not with the shared RATE_LIMITED sentence
 * meant for a person; same code, status and Retry-After.
 */
const partnerKeyProblem = refusalResponder({
  API_KEY_INVALID: partnerAccessCatalogue.API_KEY_INVALID,
  RATE_LIMITED: partnerQuotaExceeded,
});

/** OpenAPI: the security requirement of each partner route, and the scheme to register once under that name. */
export const PARTNER_AUTHENTICATED: Record<string, string[]>[] = [{ partnerApiKey: [] }];

export const partnerApiKeySecurityScheme = {
  type: "apiKey",
  in: "header",
  name: PARTNER_API_KEY_HEADER,
  description: "Clé d'API partenaire (préfixe lba_), créée avec `npm run partner:key -- <nom>`.",
} as const;
