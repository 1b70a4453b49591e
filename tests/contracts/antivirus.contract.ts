import { beforeEach, describe, expect, it } from "vitest";
import { EICAR_TEST_FILE } from "../../src/adapters/antivirus/offline-scanner.ts";
import type { AntivirusScanner } from "../../src/application/job-application/ports.ts";

/** A scanner ready to judge files. */
export type AntivirusFactory = () => Promise<AntivirusScanner>;

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A file of `size` bytes with no signature in it: a repeated PDF-looking line. */
export function aCleanFile(size: number): Uint8Array {
  const line = bytesOf("%PDF-1.7 Curriculum vitae de Camille Martin, alternance en boulangerie.\n");
  return Uint8Array.from({ length: size }, (_, i) => line[i % line.length] ?? 0);
}

export function antivirusContract(name: string, factory: AntivirusFactory) {
  describe(`AntivirusScanner contract — ${name}`, () => {
    let scanner: AntivirusScanner;
    beforeEach(async () => {
      scanner = await factory();
    });

    it("finds a small text file clean", async () => {
      expect(await scanner.scan(bytesOf("Bonjour, voici ma candidature."))).toEqual({ outcome: "clean" });
    });

    it("finds an empty file clean", async () => {
      expect(await scanner.scan(new Uint8Array(0))).toEqual({ outcome: "clean" });
    });

    it("finds a 200 KiB clean file clean", async () => {
      expect(await scanner.scan(aCleanFile(200 * 1024))).toEqual({ outcome: "clean" });
    });

    it("finds the EICAR test file infected, naming the signature", async () => {
      expect(await scanner.scan(bytesOf(EICAR_TEST_FILE))).toEqual({
        outcome: "infected",
        signature: expect.stringMatching(/eicar/i),
      });
    });

    it("finds the EICAR test file followed by a line break infected", async () => {
      expect(await scanner.scan(bytesOf(`${EICAR_TEST_FILE}\r\n`))).toMatchObject({ outcome: "infected" });
    });

    it("does not confuse the EICAR string missing its last character with it", async () => {
      expect(await scanner.scan(bytesOf(EICAR_TEST_FILE.slice(0, -1)))).toEqual({ outcome: "clean" });
    });
  });
}
