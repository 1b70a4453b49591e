/** The partner access context's public face: the HTTP layer, the CLI and the feeds import only this file. */
export type {
  ApiKeyInvalid,
  CursorInvalid,
  QuotaExceeded,
} from "../../domain/partner-access/errors.ts";
export {
  cursorAfter,
  decodeFeedCursor,
  encodeFeedCursor,
  FEED_CURSOR_MAX_LENGTH,
} from "../../domain/partner-access/feed-cursor.ts";
export {
  type ApiKeyQuota,
  DEFAULT_PARTNER_QUOTA,
  PARTNER_API_KEY_PATTERN,
  type Partner,
  type PartnerApiKey,
} from "../../domain/partner-access/partner-api-key.ts";
export { authenticatePartner } from "./authenticate-partner.ts";
export {
  DEMO_PARTNER_API_KEY,
  partnerAccessFixtures,
} from "./demo-partner-key.ts";

export { hashPartnerApiKey } from "./key-hash.ts";

export type { PartnerApiKeyRepository } from "./ports.ts";

export {
  type PartnerAccessUseCases,
  partnerAccessUseCases,
} from "./use-cases.ts";
