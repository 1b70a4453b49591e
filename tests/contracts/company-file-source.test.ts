import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPANY_FILE_COLUMNS } from "../../src/adapters/company-file/company-file-format.ts";
import { createFileCompanySource } from "../../src/adapters/company-file/company-file-source.file.ts";
import { createMemoryCompanyFileSource } from "../../src/adapters/memory/hiring-company-file.memory.ts";
import type { CompanyFileLine, RawCompanyRow } from "../../src/domain/hiring-company/company-row.ts";
import { type CompanyFileFactory, companyFileSourceContract, SAMPLE_ROW } from "./company-file-source.contract.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lba-companies-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csvOf(rows: readonly RawCompanyRow[]): string {
  const cells = (row: RawCompanyRow) => [
    row.siret,
    row.raisonSociale,
    row.enseigne,
    row.naf,
    row.adresse,
    row.codePostal,
    row.commune,
    row.codeInsee,
    row.latitude,
    row.longitude,
    (row.romes ?? []).map((p) => `${p.rome}:${p.score}`).join("|"),
    row.email,
    row.telephone,
    row.siteWeb,
  ];
  return `${[COMPANY_FILE_COLUMNS.join(","), ...rows.map((row) => cells(row).map(quoted).join(","))].join("\n")}\n`;
}

function jsonlOf(rows: readonly RawCompanyRow[]): string {
  return rows
    .map((row) =>
      JSON.stringify({
        siret: row.siret,
        raison_sociale: row.raisonSociale,
        enseigne: row.enseigne,
        naf: row.naf,
        adresse: row.adresse,
        code_postal: row.codePostal,
        commune: row.commune,
        code_insee: row.codeInsee,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        romes: (row.romes ?? []).map((p) => ({ rome: p.rome, score: Number(p.score) })),
        email: row.email,
        telephone: row.telephone,
        site_web: row.siteWeb,
      }),
    )
    .join("\n");
}

let files = 0;
/** Writes the lines as a file of that format; a break cuts the gzip bytes in half. */
const onDisk =
  (extension: string): CompanyFileFactory =>
  async (lines, breakAfter) => {
    const path = join(dir, `companies-${++files}.${extension}`);
    if (lines === null) return createFileCompanySource(path);
    const rows = lines.flatMap((line) => (line.kind === "row" ? [line.row] : []));
    const text = extension.startsWith("csv") ? csvOf(rows) : jsonlOf(rows);
    let bytes: Buffer = extension.endsWith(".gz") ? gzipSync(text) : Buffer.from(text);
    if (breakAfter !== undefined) bytes = bytes.subarray(0, Math.floor(bytes.length / 2));
    await writeFile(path, bytes);
    return createFileCompanySource(path);
  };

companyFileSourceContract("memory", async (lines, breakAfter) =>
  createMemoryCompanyFileSource(breakAfter === undefined ? { lines } : { lines, breakAfter }),
);
companyFileSourceContract("file .csv.gz", onDisk("csv.gz"));
companyFileSourceContract("file .jsonl.gz", onDisk("jsonl.gz"));

describe("the companies file on disk", () => {
  const read = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content);
    const lines: CompanyFileLine[] = [];
    for await (const batch of (await createFileCompanySource(path).open()).batches()) lines.push(...batch);
    return lines;
  };

  it("reads plain CSV and JSON lines alike", async () => {
    expect(await read("plain.csv", csvOf([SAMPLE_ROW]))).toEqual([{ kind: "row", row: SAMPLE_ROW }]);
    expect(await read("plain.jsonl", jsonlOf([SAMPLE_ROW]))).toEqual([{ kind: "row", row: SAMPLE_ROW }]);
  });

  it("gives unreadable lines without stopping: a wrong field count, not JSON", async () => {
    const csv = `${csvOf([SAMPLE_ROW])}1,2,3\n4,5\n${csvOf([SAMPLE_ROW]).split("\n")[1]}\n`;
    // csv-parse reports a skipped record as it parses, ahead of the records still buffered: only the counts and
    // the good rows' order are kept, which is all the import reads.
    const kinds = (await read("bad.csv", csv)).map((line) => line.kind);
    expect(kinds.filter((kind) => kind === "row")).toHaveLength(2);
    expect(kinds.filter((kind) => kind === "unreadable")).toHaveLength(2);
    const jsonl = `${jsonlOf([SAMPLE_ROW])}\nnot json\n[1]\n`;
    expect((await read("bad.jsonl", jsonl)).map((line) => line.kind)).toEqual(["row", "unreadable", "unreadable"]);
  });

  it("refuses a CSV file with another header, and an unknown extension", async () => {
    await expect(read("other.csv", "a,b\n1,2\n")).rejects.toThrow(/en-tête inattendu/);
    await expect(createFileCompanySource(join(dir, "x.xlsx")).open()).rejects.toThrow(/extension inconnue/);
  });
});
