import { describe, expect, it } from "vitest";
import { type CompanyFileSource, CompanyFileUnavailable } from "../../src/application/hiring-company/index.ts";
import type { CompanyFileLine, RawCompanyRow } from "../../src/domain/hiring-company/company-row.ts";

/** A source whose file holds `lines`, or that breaks off after `breakAfter` of them; null lines: no file. */
export type CompanyFileFactory = (
  lines: readonly CompanyFileLine[] | null,
  breakAfter?: number,
) => Promise<CompanyFileSource>;

async function readAll(source: CompanyFileSource): Promise<CompanyFileLine[]> {
  const file = await source.open();
  const lines: CompanyFileLine[] = [];
  for await (const batch of file.batches()) lines.push(...batch);
  return lines;
}

export const SAMPLE_ROW: RawCompanyRow = {
  siret: "99130000000018",
  raisonSociale: 'BOULANGERIE, TEST "ET" FILS',
  enseigne: "",
  naf: "10.71C",
  adresse: "1 rue de Test",
  codePostal: "75011",
  commune: "Paris",
  codeInsee: "75111",
  latitude: "48.8566",
  longitude: "2.3522",
  romes: [
    { rome: "D1102", score: "87" },
    { rome: "D1104", score: "60" },
  ],
  email: "contact@boulangerie.test",
  telephone: "",
  siteWeb: "",
};

/** The behaviour every CompanyFileSource shares (application/hiring-company/ports.ts). */
export function companyFileSourceContract(name: string, factory: CompanyFileFactory) {
  describe(`CompanyFileSource (${name})`, () => {
    it("gives the rows in the file's order, fields trimmed, romes as pairs", async () => {
      const second = { ...SAMPLE_ROW, siret: "99130000000026", romes: [] };
      const lines = await readAll(
        await factory([
          { kind: "row", row: SAMPLE_ROW },
          { kind: "row", row: second },
        ]),
      );
      expect(lines).toEqual([
        { kind: "row", row: SAMPLE_ROW },
        { kind: "row", row: second },
      ]);
    });

    it("reports its size and how far it has read", async () => {
      const file = await (await factory([{ kind: "row", row: SAMPLE_ROW }])).open();
      expect(file.sizeBytes).toBeGreaterThan(0);
      for await (const _ of file.batches()) {
        // read to the end
      }
      expect(file.bytesRead()).toBe(file.sizeBytes);
    });

    it("throws CompanyFileUnavailable for a missing file, and when the file breaks off", async () => {
      await expect((await factory(null)).open()).rejects.toBeInstanceOf(CompanyFileUnavailable);
      const many = Array.from({ length: 2000 }, (_, i) => ({
        kind: "row" as const,
        row: { ...SAMPLE_ROW, siret: String(99130000000000 + i) },
      }));
      await expect(readAll(await factory(many, 1000))).rejects.toBeInstanceOf(CompanyFileUnavailable);
    });
  });
}
