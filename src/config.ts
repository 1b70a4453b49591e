import { z } from "zod";
import { type AbuseLimitsConfig, abuseLimitsConfig, abuseLimitsEnv } from "./config/abuse-limits-config.ts";
import { type CvConfig, cvConfig, cvEncryptionKeyProblem, cvEnv } from "./config/cv-config.ts";
import { type HiringCompanyConfig, hiringCompanyConfig, hiringCompanyEnv } from "./config/hiring-company-config.ts";
import {
  type GeocoderConfig,
  geocoderConfig,
  geocoderEnv,
  type OfferConfig,
  offerConfig,
  offerEnv,
} from "./config/offer-config.ts";
import {
  franceTravailCredentialsProblem,
  type PartnerOfferConfig,
  partnerOfferConfig,
  partnerOfferEnv,
} from "./config/partner-offer-config.ts";
import { type RecruiterConfig, recruiterConfig, recruiterEnv } from "./config/recruiter-config.ts";
import { estimatedSecretBits, MIN_SECRET_BITS } from "./config/secret-strength.ts";
import { type TrainingConfig, trainingConfig, trainingEnv } from "./config/training-config.ts";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const commaList = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Every environment variable the service reads; README.md documents each one. */
const envSchema = z.object({
  APP_MODE: z.enum(["development", "production"]).default("development"),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  CORS_ORIGINS: commaList.default([]),
  // 3 MiB + 64 KiB: an application's largest CV (CV_MAX_BYTES, 3 MiB) plus its text fields and multipart framing
  // fit; nothing larger does. A multipart body is counted as it streams (src/http/multipart/), never buffered first.
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(3 * 1024 * 1024 + 64 * 1024),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  MAIL_DRIVER: z.enum(["mailbox", "resend"]).default("mailbox"),
  MAIL_FROM: z.string().min(3).default("La bonne alternance <ne-pas-repondre@labonnealternance.local>"),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(25),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5000),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
  IDEMPOTENCY_KEY_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  JOBS_ENABLED: booleanFlag.default(true),
  SEED_DEMO_DATA: booleanFlag.optional(),
  // Identity (login links, sessions, support)
  WEB_ORIGIN: z.url().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(43_200).default(720),
  LOGIN_LINK_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  EMAIL_CHANGE_LINK_TTL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(1440),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  ADMIN_EMAILS: commaList.pipe(z.array(z.email())).optional(),
  LOGIN_LINK_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  LOGIN_LINK_EMAIL_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_LINK_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_LINK_IP_WINDOW_MINUTES: z.coerce.number().int().min(1).default(1),
  ...abuseLimitsEnv,
  ...recruiterEnv,
  ...geocoderEnv,
  ...offerEnv,
  ...trainingEnv,
  ...partnerOfferEnv,
  ...hiringCompanyEnv,
  ...cvEnv,
});

/** Development only: a real deployment must set its own SESSION_SECRET (checked in production). */
const DEV_SESSION_SECRET = "dev-only-insecure-session-secret-never-use-in-production";
/** Development only: the support account created at start-up when ADMIN_EMAILS is unset. */
const DEV_ADMIN_EMAIL = "support@labonnealternance.local";

export type Config = Readonly<{
  mode: "development" | "production";
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** A read replica of DATABASE_URL for searches and public reads (README "Reads on a replica"); unset: the primary. */
  databaseReadUrl: string | undefined;
  /** PostgreSQL `statement_timeout` of every pooled connection (0: none); PGlite has a single session. */
  databaseStatementTimeoutMs: number;
  pgliteDataDir: string;
  corsOrigins: readonly string[];
  bodyLimitBytes: number;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  mail: Readonly<{
    driver: "mailbox" | "resend";
    from: string;
    resendApiKey: string | undefined;
    resendBaseUrl: string | undefined;
  }>;
  /** `retentionDays`: how long a sent message (no body left) stays in the outbox (docs/adr/0017). */
  outbox: Readonly<{ maxAttempts: number; retryBaseMs: number; retentionDays: number }>;
  /** How long the first answer to an `Idempotency-Key` is given again (docs/adr/0018). */
  idempotencyKeyTtlHours: number;
  jobsEnabled: boolean;
  seedDemoData: boolean;
  /** The web front's origin: cookie-authenticated writes must come from it; pages link to it. */
  webOrigin: string;
  identity: IdentityConfig;
  /** Client address, rate-limit store and per-address limits (docs/adr/0016). */
  limits: AbuseLimitsConfig;
  recruiter: RecruiterConfig;
  geocoder: GeocoderConfig;
  offer: OfferConfig;
  training: TrainingConfig;
  partnerOffer: PartnerOfferConfig;
  hiringCompany: HiringCompanyConfig;
  /** Candidates' CVs: the store's key, the antivirus, the size limit. */
  cv: CvConfig;
}>;

type IdentityConfig = Readonly<{
  sessionSecret: string;
  accessTokenTtlMinutes: number;
  loginLinkTtlMinutes: number;
  emailChangeLinkTtlMinutes: number;
  invitationTtlDays: number;
  /** Lower-cased, as parseEmail gives them. */
  adminEmails: readonly string[];
  loginLinkLimits: Readonly<{
    perEmail: Readonly<{ limit: number; windowMinutes: number }>;
    perIp: Readonly<{ limit: number; windowMinutes: number }>;
  }>;
}>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once at start-up; a wrong value stops the process with the variable's name. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  checkMailDriver(e);
  checkSessionSecret(e);
  checkEstablishmentDirectory(e);
  checkReadReplica(e);
  const franceTravailProblem = franceTravailCredentialsProblem(e);
  if (franceTravailProblem) throw new ConfigError(franceTravailProblem);
  const cvKeyProblem = cvEncryptionKeyProblem(e, e.APP_MODE);
  if (cvKeyProblem) throw new ConfigError(cvKeyProblem);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return {
    mode: e.APP_MODE,
    // Development serves /dev/mailbox (every login link): only this machine may reach it unless HOST says otherwise.
    host: e.HOST ?? (e.APP_MODE === "development" ? "127.0.0.1" : "0.0.0.0"),
    port: e.PORT,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    databaseStatementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    pgliteDataDir: e.PGLITE_DATA_DIR,
    corsOrigins: e.CORS_ORIGINS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    mail: {
      driver: e.MAIL_DRIVER,
      from: e.MAIL_FROM,
      resendApiKey: e.RESEND_API_KEY,
      resendBaseUrl: e.RESEND_BASE_URL,
    },
    outbox: {
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: e.OUTBOX_RETRY_BASE_MS,
      retentionDays: e.OUTBOX_RETENTION_DAYS,
    },
    idempotencyKeyTtlHours: e.IDEMPOTENCY_KEY_TTL_HOURS,
    jobsEnabled: e.JOBS_ENABLED,
    seedDemoData: e.SEED_DEMO_DATA ?? e.APP_MODE === "development",
    webOrigin: new URL(e.WEB_ORIGIN ?? publicUrl).origin,
    identity: identityConfig(e),
    limits: abuseLimitsConfig(e),
    recruiter: recruiterConfig(e),
    geocoder: geocoderConfig(e, e.APP_MODE),
    offer: offerConfig(e),
    training: trainingConfig(e),
    partnerOffer: partnerOfferConfig(e),
    hiringCompany: hiringCompanyConfig(e),
    cv: cvConfig(e),
  };
}

function identityConfig(e: Env): IdentityConfig {
  const devAdmins = e.APP_MODE === "development" ? [DEV_ADMIN_EMAIL] : [];
  return {
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    accessTokenTtlMinutes: e.ACCESS_TOKEN_TTL_MINUTES,
    loginLinkTtlMinutes: e.LOGIN_LINK_TTL_MINUTES,
    emailChangeLinkTtlMinutes: e.EMAIL_CHANGE_LINK_TTL_MINUTES,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    adminEmails: (e.ADMIN_EMAILS ?? devAdmins).map((email) => email.toLowerCase()),
    loginLinkLimits: {
      perEmail: { limit: e.LOGIN_LINK_LIMIT_PER_EMAIL, windowMinutes: e.LOGIN_LINK_EMAIL_WINDOW_MINUTES },
      perIp: { limit: e.LOGIN_LINK_LIMIT_PER_IP, windowMinutes: e.LOGIN_LINK_IP_WINDOW_MINUTES },
    },
  };
}

/**
 * Access tokens are signed with it and the outbox seals email bodies with a key derived from it: production refuses
 * to start without one, on the published development value, or on an obviously predictable one (issue 9 §3).
 */
function checkSessionSecret(e: Env): void {
  if (e.APP_MODE !== "production") return;
  if (!e.SESSION_SECRET) {
    throw new ConfigError("SESSION_SECRET: obligatoire en production (au moins 32 caractères aléatoires).");
  }
  if (e.SESSION_SECRET === DEV_SESSION_SECRET || estimatedSecretBits(e.SESSION_SECRET) < MIN_SECRET_BITS) {
    throw new ConfigError(
      "SESSION_SECRET: trop prévisible pour la production (valeur de développement publiée, motif répété ou un seul type de caractères). Générez-en une avec « openssl rand -base64 32 ».",
    );
  }
}

/** The offline directory answers demo establishments: production would sign companies up on made-up data. */
function checkEstablishmentDirectory(e: Env): void {
  if (e.APP_MODE === "production" && !e.INSEE_API_KEY) {
    throw new ConfigError(
      "INSEE_API_KEY: obligatoire en production ; sans elle, l'annuaire hors ligne ne connaît que des établissements de démonstration.",
    );
  }
}

type Env = z.infer<typeof envSchema>;

/** A replica copies a PostgreSQL primary: PGlite (no DATABASE_URL) has none. */
function checkReadReplica(e: Env): void {
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      "DATABASE_READ_URL: n'a de sens qu'avec DATABASE_URL (une réplique d'un serveur PostgreSQL).",
    );
  }
}

/** docs/API.md: development mode never talks to a real mail provider; production never swallows mail locally. */
function checkMailDriver(e: Env): void {
  if (e.APP_MODE === "development" && e.MAIL_DRIVER === "resend") {
    throw new ConfigError("MAIL_DRIVER: le mode development refuse un vrai fournisseur d'e-mail (resend).");
  }
  if (e.APP_MODE === "production" && e.MAIL_DRIVER !== "resend") {
    throw new ConfigError("MAIL_DRIVER: le mode production exige MAIL_DRIVER=resend.");
  }
  if (e.MAIL_DRIVER === "resend" && !e.RESEND_API_KEY) {
    throw new ConfigError("RESEND_API_KEY: obligatoire quand MAIL_DRIVER=resend.");
  }
}

function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}
