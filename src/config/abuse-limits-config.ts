import { z } from "zod";

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Client address, shared counters and the limits of public routes (docs/adr/0016), spread into config.ts's schema. */
export const abuseLimitsEnv = {
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  PUBLIC_WRITE_LIMIT_PER_IP: count(20),
  PUBLIC_WRITE_IP_WINDOW_MINUTES: count(1),
  SIGN_UP_LIMIT_PER_IP: count(10),
  SIGN_UP_IP_WINDOW_MINUTES: count(60),
  ESTABLISHMENT_LOOKUP_LIMIT_PER_IP: count(30),
  ESTABLISHMENT_LOOKUP_IP_WINDOW_MINUTES: count(1),
  JOIN_REQUEST_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  JOIN_REQUEST_LIMIT_PER_ORGANISATION: count(10),
  JOIN_REQUEST_ORGANISATION_WINDOW_HOURS: count(24),
};

type AbuseLimitsEnv = z.infer<z.ZodObject<typeof abuseLimitsEnv>>;

type Limit = Readonly<{ limit: number; windowMinutes: number }>;

export type AbuseLimitsConfig = Readonly<{
  /** Reverse proxies in front of the service whose `X-Forwarded-For` entries are trusted (0: none). */
  trustProxy: number;
  /** Rate-limit counters in Redis when set; else in PostgreSQL (DATABASE_URL), else in memory (PGlite). */
  redisUrl: string | undefined;
  perAddress: Readonly<{ publicWrite: Limit; signUp: Limit; establishmentLookup: Limit }>;
  joinRequests: Readonly<{ ttlDays: number; perOrganisation: Limit }>;
}>;

export function abuseLimitsConfig(e: AbuseLimitsEnv): AbuseLimitsConfig {
  return {
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    perAddress: {
      publicWrite: { limit: e.PUBLIC_WRITE_LIMIT_PER_IP, windowMinutes: e.PUBLIC_WRITE_IP_WINDOW_MINUTES },
      signUp: { limit: e.SIGN_UP_LIMIT_PER_IP, windowMinutes: e.SIGN_UP_IP_WINDOW_MINUTES },
      establishmentLookup: {
        limit: e.ESTABLISHMENT_LOOKUP_LIMIT_PER_IP,
        windowMinutes: e.ESTABLISHMENT_LOOKUP_IP_WINDOW_MINUTES,
      },
    },
    joinRequests: {
      ttlDays: e.JOIN_REQUEST_TTL_DAYS,
      perOrganisation: {
        limit: e.JOIN_REQUEST_LIMIT_PER_ORGANISATION,
        windowMinutes: e.JOIN_REQUEST_ORGANISATION_WINDOW_HOURS * 60,
      },
    },
  };
}
