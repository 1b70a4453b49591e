import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import {
  type CompanyFile,
  type CompanyFileSource,
  CompanyFileUnavailable,
} from "../../application/hiring-company/ports.ts";
import type { CompanyFileLine } from "../../domain/hiring-company/company-row.ts";
import { COMPANY_FILE_COLUMNS, lineOfCsvRecord, lineOfJson } from "./company-file-format.ts";

/**
 * The algorithm companies file on disk (COMPANIES_FILE): CSV or JSON lines by its name (`.csv`, `.jsonl`, each
 * optionally `.gz`), streamed (gunzip, csv-parse), never held whole in memory. Bad lines come out as `unreadable`;
 * a file missing, with an unexpected header, or breaking off (truncated gzip) throws CompanyFileUnavailable.
 */
export function createFileCompanySource(path: string): CompanyFileSource {
  const format = formatOf(path);
  return {
    async open() {
      if (!format) throw new CompanyFileUnavailable(`${path} : extension inconnue (.csv, .jsonl, .csv.gz, .jsonl.gz)`);
      const size = await stat(path).then(
        (found) => found.size,
        (error: Error) => {
          throw new CompanyFileUnavailable(`${path} : ${error.message}`);
        },
      );
      let bytesRead = 0;
      const open = (): Readable => {
        const raw = createReadStream(path);
        raw.on("data", (chunk) => {
          bytesRead += chunk.length;
        });
        if (!format.gzip) return raw;
        const gunzip = createGunzip();
        raw.on("error", (error) => gunzip.destroy(error));
        return raw.pipe(gunzip);
      };
      const file: CompanyFile = {
        name: basename(path),
        sizeBytes: size,
        bytesRead: () => bytesRead,
        lines: () => unavailableOnFailure(path, format.csv ? csvLines(open()) : jsonLines(open())),
      };
      return file;
    },
  };
}

function formatOf(path: string): { csv: boolean; gzip: boolean } | null {
  const match = /\.(csv|jsonl)(\.gz)?$/i.exec(path);
  return match ? { csv: match[1]?.toLowerCase() === "csv", gzip: match[2] !== undefined } : null;
}

async function* unavailableOnFailure(path: string, lines: AsyncIterable<CompanyFileLine>) {
  try {
    yield* lines;
  } catch (failure) {
    if (failure instanceof CompanyFileUnavailable) throw failure;
    throw new CompanyFileUnavailable(`${path} : ${(failure as Error).message}`);
  }
}

async function* csvLines(input: Readable): AsyncIterable<CompanyFileLine> {
  let skipped = 0;
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  input.on("error", (error) => parser.destroy(error));
  parser.on("skip", () => {
    skipped++;
  });
  let header = true;
  for await (const record of parser as AsyncIterable<string[]>) {
    for (; skipped > 0; skipped--) yield { kind: "unreadable" } as const;
    if (header) {
      header = false;
      if (record.map((name) => name.trim()).join(",") !== COMPANY_FILE_COLUMNS.join(",")) {
        throw new CompanyFileUnavailable(`en-tête inattendu (attendu : ${COMPANY_FILE_COLUMNS.join(",")})`);
      }
      continue;
    }
    yield lineOfCsvRecord(record);
  }
  for (; skipped > 0; skipped--) yield { kind: "unreadable" } as const;
}

async function* jsonLines(input: Readable): AsyncIterable<CompanyFileLine> {
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const failed = new Promise<never>((_, reject) => input.on("error", reject));
  failed.catch(() => {});
  for await (const line of reader) {
    if (line.trim() !== "") yield lineOfJson(line);
  }
  // readline ends quietly when its input fails: the failure is what the caller must see.
  await Promise.race([failed, Promise.resolve()]);
  if (input.errored) throw input.errored;
}
