import { z } from "zod";

/** The variables of the France Travail offers sync (README "Configuration"), spread into config.ts's schema. */
export const partnerOfferEnv = {
  /** France Travail application credentials (francetravail.io); both or neither. Unset: the offline demo file. */
  FRANCE_TRAVAIL_CLIENT_ID: z.string().trim().min(1).optional(),
  FRANCE_TRAVAIL_CLIENT_SECRET: z.string().trim().min(1).optional(),
  FRANCE_TRAVAIL_API_URL: z.url().default("https://api.francetravail.io"),
  FRANCE_TRAVAIL_TOKEN_URL: z
    .url()
    .default("https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire"),
  FRANCE_TRAVAIL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Five-field cron read in Europe/Paris time; daily, since the licence asks for at most 24 hours of staleness. */
  PARTNER_OFFERS_SYNC_CRON: z
    .string()
    .trim()
    .regex(/^\S+( \S+){4}$/, { error: "Expression cron à 5 champs attendue (par exemple « 15 4 * * * »)." })
    .default("15 4 * * *"),
};

type PartnerOfferEnv = z.infer<z.ZodObject<typeof partnerOfferEnv>>;

export type PartnerOfferConfig = Readonly<{
  /** null: no credentials, the offline demo file is the source. */
  franceTravail: Readonly<{
    clientId: string;
    clientSecret: string;
    apiUrl: string;
    tokenUrl: string;
    timeoutMs: number;
  }> | null;
  syncCron: string;
}>;

/** One credential without the other: the message config.ts stops the start-up with; null when fine. */
export function franceTravailCredentialsProblem(e: PartnerOfferEnv): string | null {
  if ((e.FRANCE_TRAVAIL_CLIENT_ID === undefined) === (e.FRANCE_TRAVAIL_CLIENT_SECRET === undefined)) return null;
  const missing =
    e.FRANCE_TRAVAIL_CLIENT_ID === undefined ? "FRANCE_TRAVAIL_CLIENT_ID" : "FRANCE_TRAVAIL_CLIENT_SECRET";
  return `${missing}: FRANCE_TRAVAIL_CLIENT_ID et FRANCE_TRAVAIL_CLIENT_SECRET vont ensemble, donnez les deux ou aucun.`;
}

export function partnerOfferConfig(e: PartnerOfferEnv): PartnerOfferConfig {
  const { FRANCE_TRAVAIL_CLIENT_ID: clientId, FRANCE_TRAVAIL_CLIENT_SECRET: clientSecret } = e;
  return {
    franceTravail:
      clientId && clientSecret
        ? {
            clientId,
            clientSecret,
            apiUrl: e.FRANCE_TRAVAIL_API_URL,
            tokenUrl: e.FRANCE_TRAVAIL_TOKEN_URL,
            timeoutMs: e.FRANCE_TRAVAIL_TIMEOUT_MS,
          }
        : null,
    syncCron: e.PARTNER_OFFERS_SYNC_CRON,
  };
}
