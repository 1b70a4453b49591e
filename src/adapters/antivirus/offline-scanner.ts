import type { AntivirusScanner } from "../../application/job-application/ports.ts";

/** The EICAR anti-malware test file (eicar.org), 68 printable ASCII characters. */
export const EICAR_TEST_FILE = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

/** The name this scanner gives what it finds (clamd calls it `Win.Test.EICAR_HDB-1`). */
export const EICAR_SIGNATURE = "Eicar-Test-Signature";

/** eicar.org: the file may be followed by whitespace (space, tab, LF, CR, Ctrl-Z), 128 bytes in all at most. */
const EICAR_MAX_BYTES = 128;
const TRAILING_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x1a]);
const EICAR_BYTES = new TextEncoder().encode(EICAR_TEST_FILE);

/**
 * The antivirus without a network (development, offline demo, tests): it knows only the EICAR test file, by the
 * standard's definition (the file starts with it), so the infected path can be tried end to end; everything else
 * is clean. Never unavailable.
 */
export function createOfflineScanner(): AntivirusScanner {
  return {
    async scan(bytes) {
      return isEicar(bytes) ? { outcome: "infected", signature: EICAR_SIGNATURE } : { outcome: "clean" };
    },
  };
}

function isEicar(bytes: Uint8Array): boolean {
  if (bytes.length < EICAR_BYTES.length || bytes.length > EICAR_MAX_BYTES) return false;
  if (!EICAR_BYTES.every((byte, i) => bytes[i] === byte)) return false;
  return bytes.subarray(EICAR_BYTES.length).every((byte) => TRAILING_WHITESPACE.has(byte));
}
