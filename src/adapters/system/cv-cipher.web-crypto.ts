/** What the CV store seals each file with; the cv id is bound to the result, so bytes moved to another row fail. */
export interface CvCipher {
  seal(bytes: Uint8Array, cvId: string): Promise<Uint8Array>;
  /** The file's bytes, or null when sealed under another key or another id, altered, or not sealed by us at all. */
  open(sealed: Uint8Array, cvId: string): Promise<Uint8Array | null>;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/**
 * AES-256-GCM with Web Crypto only (Node and Deno): `version byte || 12-byte IV || ciphertext and tag`, a fresh
 * random IV per file, the cv id as additional data. The version byte leaves room for another key or algorithm.
 */
export function createCvCipher(key: Uint8Array): CvCipher {
  if (key.length !== KEY_BYTES) throw new Error(`CV key: ${KEY_BYTES} bytes expected, got ${key.length}`);
  const aesKey = crypto.subtle.importKey("raw", copy(key), "AES-GCM", false, ["encrypt", "decrypt"]);
  return {
    async seal(bytes, cvId) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const params = { name: "AES-GCM", iv, additionalData: encode(cvId) };
      const sealed = new Uint8Array(await crypto.subtle.encrypt(params, await aesKey, copy(bytes)));
      const stored = new Uint8Array(1 + IV_BYTES + sealed.length);
      stored.set([VERSION], 0);
      stored.set(iv, 1);
      stored.set(sealed, 1 + IV_BYTES);
      return stored;
    },
    async open(stored, cvId) {
      if (stored.length < 1 + IV_BYTES + TAG_BYTES || stored[0] !== VERSION) return null;
      const iv = copy(stored.subarray(1, 1 + IV_BYTES));
      try {
        const params = { name: "AES-GCM", iv, additionalData: encode(cvId) };
        return new Uint8Array(await crypto.subtle.decrypt(params, await aesKey, copy(stored.subarray(1 + IV_BYTES))));
      } catch {
        return null; // another key, another id, or altered bytes: the GCM tag does not verify
      }
    },
  };
}

/** The parts of the service's configuration the key comes from (a structural subset of config.ts's Config). */
type CvKeySource = Readonly<{
  mode: "development" | "production";
  cv: Readonly<{ encryptionKey: Uint8Array | null }>;
  identity: Readonly<{ sessionSecret: string }>;
}>;

/**
 * CV_ENCRYPTION_KEY when set. Otherwise, in development only, a key derived from the session secret (HKDF-SHA-256,
 * info "lba cv store v1"), so a development database keeps its CVs readable across restarts; production has none
 * to derive from (config.ts refuses to start without the variable).
 */
export async function cvKeyFrom(config: CvKeySource): Promise<Uint8Array> {
  if (config.cv.encryptionKey !== null) return config.cv.encryptionKey;
  if (config.mode !== "development") throw new Error("CV_ENCRYPTION_KEY is required outside development");
  const material = await crypto.subtle.importKey("raw", encode(config.identity.sessionSecret), "HKDF", false, [
    "deriveBits",
  ]);
  const params = { name: "HKDF", hash: "SHA-256", salt: encode("lba"), info: encode("lba cv store v1") };
  return new Uint8Array(await crypto.subtle.deriveBits(params, material, KEY_BYTES * 8));
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

/** Web Crypto wants bytes on a plain ArrayBuffer (not a SharedArrayBuffer, not a Buffer's shared pool view). */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
