import { z } from "zod";

/** The variables of establishments (INSEE Sirene) and OPCO (France compétences), spread into config.ts's schema. */
export const recruiterEnv = {
  INSEE_API_KEY: z.string().min(1).optional(),
  INSEE_BASE_URL: z.url().optional(),
  INSEE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  INSEE_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(86_400),
  INSEE_CACHE_NOT_FOUND_TTL_SECONDS: z.coerce.number().int().min(0).default(3600),
  FRANCE_COMPETENCES_API_KEY: z.string().min(1).optional(),
  FRANCE_COMPETENCES_BASE_URL: z.url().optional(),
  FRANCE_COMPETENCES_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
};

type RecruiterEnv = z.infer<z.ZodObject<typeof recruiterEnv>>;

type UpstreamConfig = Readonly<{ apiKey: string | undefined; baseUrl: string | undefined; timeoutMs: number }>;

/** Without an API key, the offline adapters answer (demo establishments, OPCO from the IDCC table). */
export type RecruiterConfig = Readonly<{
  insee: UpstreamConfig & Readonly<{ cacheTtlSeconds: number; notFoundCacheTtlSeconds: number }>;
  franceCompetences: UpstreamConfig;
}>;

export function recruiterConfig(e: RecruiterEnv): RecruiterConfig {
  return {
    insee: {
      apiKey: e.INSEE_API_KEY,
      baseUrl: e.INSEE_BASE_URL,
      timeoutMs: e.INSEE_TIMEOUT_MS,
      cacheTtlSeconds: e.INSEE_CACHE_TTL_SECONDS,
      notFoundCacheTtlSeconds: e.INSEE_CACHE_NOT_FOUND_TTL_SECONDS,
    },
    franceCompetences: {
      apiKey: e.FRANCE_COMPETENCES_API_KEY,
      baseUrl: e.FRANCE_COMPETENCES_BASE_URL,
      timeoutMs: e.FRANCE_COMPETENCES_TIMEOUT_MS,
    },
  };
}
