import { z } from "zod";

/** The variables of geocoding (docs/adr/0010), spread into config.ts's schema. */
export const geocoderEnv = {
  GEOCODER_DRIVER: z.enum(["ban", "communes"]).optional(),
  GEOCODER_BASE_URL: z.url().optional(),
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  GEOCODER_MIN_SCORE: z.coerce.number().min(0).max(1).default(0.5),
};

type GeocoderEnv = z.infer<z.ZodObject<typeof geocoderEnv>>;

/** `ban`: the national address API (Géoplateforme); `communes`: offline, commune centroids (default outside production). */
export type GeocoderConfig = Readonly<{
  driver: "ban" | "communes";
  baseUrl: string | undefined;
  timeoutMs: number;
  minScore: number;
}>;

export function geocoderConfig(e: GeocoderEnv, mode: "development" | "production"): GeocoderConfig {
  return {
    driver: e.GEOCODER_DRIVER ?? (mode === "production" ? "ban" : "communes"),
    baseUrl: e.GEOCODER_BASE_URL,
    timeoutMs: e.GEOCODER_TIMEOUT_MS,
    minScore: e.GEOCODER_MIN_SCORE,
  };
}

/** The offer context's durations and limits (docs/PRODUCT.md: configuration, not literals). */
export const offerEnv = {
  OFFER_LIFETIME_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  OFFER_EXTEND_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(45),
  OFFER_CFA_CONTACT_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  NEARBY_CFA_RADIUS_KM: z.coerce.number().int().min(1).max(200).default(100),
};

type OfferEnv = z.infer<z.ZodObject<typeof offerEnv>>;

export type OfferConfig = Readonly<{
  lifetimeDays: number;
  extendLinkDays: number;
  cfaContactLinkDays: number;
  nearbyCfaRadiusKm: number;
}>;

export function offerConfig(e: OfferEnv): OfferConfig {
  return {
    lifetimeDays: e.OFFER_LIFETIME_DAYS,
    extendLinkDays: e.OFFER_EXTEND_LINK_DAYS,
    cfaContactLinkDays: e.OFFER_CFA_CONTACT_LINK_DAYS,
    nearbyCfaRadiusKm: e.NEARBY_CFA_RADIUS_KM,
  };
}
