/**
 * The candidate's quotas (docs/PRODUCT.md §7), over a rolling 24 hours per candidate email: 100 applications in
 * all, 3 to the same target. Defaults: configuration may change them.
 */
export type ApplicationQuota = Readonly<{ perDay: number; perTargetPerDay: number }>;

export const DEFAULT_APPLICATION_QUOTA: ApplicationQuota = { perDay: 100, perTargetPerDay: 3 };

export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

export type QuotaExceeded = Readonly<{
  code: "QUOTA_EXCEEDED";
  scope: "day" | "target";
  limit: number;
  /** When the oldest application counted leaves the window: the `Retry-After`. */
  retryAt: Date;
}>;
