import { z } from "zod";
import { DEFAULT_CV_MAX_BYTES } from "../domain/job-application/cv-file.ts";

const CV_KEY_BYTES = 32;

/** The variables of the candidates' CVs (README "Configuration"), spread into config.ts's schema. */
export const cvEnv = {
  /** AES-256 key of the CV store, base64 of 32 bytes (`openssl rand -base64 32`); required in production. */
  CV_ENCRYPTION_KEY: z
    .base64({ error: "Base64 attendu (par exemple la sortie de « openssl rand -base64 32 »)." })
    .refine((value) => decodedLength(value) === CV_KEY_BYTES, {
      error: `Clé de ${CV_KEY_BYTES} octets attendue (« openssl rand -base64 32 »).`,
    })
    .optional(),
  /** clamd's TCP address; unset: the offline scanner, which only knows the EICAR test file. */
  CLAMD_HOST: z.string().trim().min(1).optional(),
  CLAMD_PORT: z.coerce.number().int().min(1).max(65535).default(3310),
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  CV_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(DEFAULT_CV_MAX_BYTES),
};

type CvEnv = z.infer<z.ZodObject<typeof cvEnv>>;

export type CvConfig = Readonly<{
  /** The 32 bytes of CV_ENCRYPTION_KEY; null: unset (development derives one from SESSION_SECRET). */
  encryptionKey: Uint8Array | null;
  /** null: no CLAMD_HOST, the offline scanner judges. */
  clamd: Readonly<{ host: string; port: number; timeoutMs: number }> | null;
  maxBytes: number;
}>;

/** Production without CV_ENCRYPTION_KEY: the message config.ts stops the start-up with; null when fine. */
export function cvEncryptionKeyProblem(e: CvEnv, mode: "development" | "production"): string | null {
  if (mode !== "production" || e.CV_ENCRYPTION_KEY !== undefined) return null;
  return "CV_ENCRYPTION_KEY: obligatoire en production (32 octets aléatoires en base64, « openssl rand -base64 32 ») ; les CV sont chiffrés avec elle.";
}

export function cvConfig(e: CvEnv): CvConfig {
  return {
    encryptionKey: e.CV_ENCRYPTION_KEY === undefined ? null : decodeBase64(e.CV_ENCRYPTION_KEY),
    clamd: e.CLAMD_HOST ? { host: e.CLAMD_HOST, port: e.CLAMD_PORT, timeoutMs: e.CLAMD_TIMEOUT_MS } : null,
    maxBytes: e.CV_MAX_BYTES,
  };
}

/** zod runs the refinement even after the base64 check failed: atob must not throw out of it. */
function decodedLength(value: string): number | null {
  try {
    return decodeBase64(value).length;
  } catch {
    return null;
  }
}

function decodeBase64(value: string): Uint8Array {
  return Uint8Array.from(atob(value), (character) => character.charCodeAt(0));
}
