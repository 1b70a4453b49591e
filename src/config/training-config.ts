import { z } from "zod";

/** The variables of the training catalogue import (README "Configuration"), spread into config.ts's schema. */
export const trainingEnv = {
  /** The Réseau des Carif-Oref catalogue API; unset: the offline demo catalogue (data/catalogue). */
  CATALOGUE_API_URL: z.url().optional(),
  CATALOGUE_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(500),
  CATALOGUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Five-field cron read in Europe/Paris time (docs/API.md "Development mode only" runs it at will). */
  CATALOGUE_IMPORT_CRON: z
    .string()
    .trim()
    .regex(/^\S+( \S+){4}$/, { error: "Expression cron à 5 champs attendue (par exemple « 30 2 * * * »)." })
    .default("30 2 * * *"),
};

type TrainingEnv = z.infer<z.ZodObject<typeof trainingEnv>>;

export type TrainingConfig = Readonly<{
  catalogue: Readonly<{ apiUrl: string | undefined; pageSize: number; timeoutMs: number; importCron: string }>;
}>;

export function trainingConfig(e: TrainingEnv): TrainingConfig {
  return {
    catalogue: {
      apiUrl: e.CATALOGUE_API_URL,
      pageSize: e.CATALOGUE_PAGE_SIZE,
      timeoutMs: e.CATALOGUE_TIMEOUT_MS,
      importCron: e.CATALOGUE_IMPORT_CRON,
    },
  };
}
