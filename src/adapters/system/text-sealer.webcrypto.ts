import type { TextSealer } from "../../application/shared/sealing.ts";

const VERSION = "v1";
const IV_BYTES = 12;

/**
 * AES-256-GCM with a key derived from the service secret (SESSION_SECRET) by HKDF-SHA-256, Web Crypto only (Node
 * and Deno): `v1.<key id>.<iv>.<ciphertext>`, base64url. The key id (derived too, 48 bits) tells a text sealed under
 * another secret from a damaged one without trying; the context is the GCM additional data (docs/adr/0017).
 */
export function createTextSealer(secret: string): TextSealer {
  const keys = deriveKeys(secret);
  return {
    async seal(text, context) {
      const { key, keyId } = await keys;
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: encode(context) },
        key,
        encode(text),
      );
      return [VERSION, keyId, toBase64Url(iv), toBase64Url(new Uint8Array(sealed))].join(".");
    },
    async unseal(sealed, context) {
      const { key, keyId } = await keys;
      const [version, id, iv, data] = sealed.split(".");
      if (version !== VERSION || id !== keyId || !iv || !data) return null;
      try {
        const opened = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: fromBase64Url(iv), additionalData: encode(context) },
          key,
          fromBase64Url(data),
        );
        return new TextDecoder().decode(opened);
      } catch {
        return null; // altered, or sealed under another context
      }
    },
  };
}

async function deriveKeys(secret: string): Promise<{ key: CryptoKey; keyId: string }> {
  const material = await crypto.subtle.importKey("raw", encode(secret), "HKDF", false, ["deriveKey", "deriveBits"]);
  const params = (info: string) => ({ name: "HKDF", hash: "SHA-256", salt: encode("lba"), info: encode(info) });
  const key = await crypto.subtle.deriveKey(
    params("lba/sealed-text/v1"),
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
  const id = await crypto.subtle.deriveBits(params("lba/sealed-text/key-id"), material, 48);
  return { key, keyId: toBase64Url(new Uint8Array(id)) };
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

/** Bytes turned into a binary string 32 KiB at a time: a sealed email may carry a 3 MiB CV. */
const CHUNK = 0x8000;

function toBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return btoa(parts.join("")).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
