import type { SecretGenerator } from "../../application/shared/link-tokens.ts";

/** Web Crypto's CSPRNG (Node 20 and Deno). */
export const webCryptoSecrets: SecretGenerator = {
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
};
