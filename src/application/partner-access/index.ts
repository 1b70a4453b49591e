/** The partner access context's public face: the HTTP layer, the CLI and the feeds import only this file. */
export type {
  ApiKeyInvalid,
  CursorInvalid,
  PartnerKeyRequestInvalid,
  QuotaExceeded,
} from "../../domain/partner-access/errors.ts";
export {
  cursorAfter,
  decodeFeedCursor,
  encodeFeedCursor,
  FEED_CURSOR_MAX_LENGTH,
  FEED_CURSOR_PATTERN,
  type FeedCursor,
  isAfterCursor,
} from "../../domain/partner-access/feed-cursor.ts";
export {
  type ApiKeyQuota,
  DEFAULT_PARTNER_QUOTA,
  PARTNER_API_KEY_PATTERN,
  PARTNER_API_KEY_PREFIX,
  type Partner,
  type PartnerApiKey,
} from "../../domain/partner-access/partner-api-key.ts";
export { authenticatePartner, type PartnerCredentials, partnerQuotaBucket } from "./authenticate-partner.ts";
export {
  DEMO_PARTNER_API_KEY,
  DEMO_PARTNER_KEY_ID,
  DEMO_PARTNER_NAME,
  DEMO_PARTNER_QUOTA,
  ensureDemoPartnerKey,
  partnerAccessFixtures,
} from "./demo-partner-key.ts";
export { type IssuedPartnerApiKey, issuePartnerApiKey, type PartnerApiKeyRequest } from "./issue-partner-api-key.ts";
export { hashPartnerApiKey } from "./key-hash.ts";
export { listPartnerApiKeys, type PartnerApiKeySummary, revokePartnerApiKey } from "./manage-partner-api-keys.ts";
export type { PartnerApiKeyRepository } from "./ports.ts";
export type { PartnerAccessRefusal } from "./refusals.ts";
export {
  type PartnerAccessDeps,
  type PartnerAccessUseCases,
  partnerAccessUseCases,
} from "./use-cases.ts";
