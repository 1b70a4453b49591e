import type { ApiKeyInvalid, CursorInvalid, QuotaExceeded } from "../../domain/partner-access/errors.ts";

/**
 * What partner routes can answer besides their data: merged into src/http/domain-errors.ts's DomainError.
 * QuotaExceeded is a RATE_LIMITED, already presented there. PartnerKeyRequestInvalid is the CLI's and never
 * reaches HTTP.
 */
export type PartnerAccessRefusal = ApiKeyInvalid | QuotaExceeded | CursorInvalid;
