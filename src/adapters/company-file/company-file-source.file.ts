import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import {
  type CompanyFile,
  type CompanyFileSource,
  CompanyFileUnavailable,
} from "../../application/hiring-company/ports.ts";
import type { CompanyFileLine } from "../../domain/hiring-company/company-row.ts";
import { COMPANY_FILE_COLUMNS, lineOfCsvRecord, lineOfJson } from "./company-file-format.ts";
import { type CsvChunk, csvRecordReader } from "./csv-records.ts";

/**
 * The algorithm companies file on disk (COMPANIES_FILE): CSV or JSON lines by its name (`.csv`, `.jsonl`, each
 * optionally `.gz`), streamed (gunzip, a hand-written CSV reader), never held whole in memory. Bad lines come out as `unreadable`;
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
        batches: () => unavailableOnFailure(path, format.csv ? csvBatches(open()) : jsonBatches(open())),
      };
      return file;
    },
  };
}

function formatOf(path: string): { csv: boolean; gzip: boolean } | null {
  const match = /\.(csv|jsonl)(\.gz)?$/i.exec(path);
  return match ? { csv: match[1]?.toLowerCase() === "csv", gzip: match[2] !== undefined } : null;
}

async function* unavailableOnFailure(path: string, lines: AsyncIterable<readonly CompanyFileLine[]>) {
  try {
    yield* lines;
  } catch (failure) {
    if (failure instanceof CompanyFileUnavailable) throw failure;
    throw new CompanyFileUnavailable(`${path} : ${(failure as Error).message}`);
  }
}

const UNREADABLE: CompanyFileLine = { kind: "unreadable" };

/** One chunk of the decompressed text at a time, parsed by hand (csv-records.ts); the header is checked first. */
async function* csvBatches(input: Readable): AsyncIterable<readonly CompanyFileLine[]> {
  input.setEncoding("utf8");
  const reader = csvRecordReader();
  let header = true;
  const linesOf = (records: CsvChunk): CompanyFileLine[] => {
    const lines: CompanyFileLine[] = [];
    for (const record of records) {
      if (header && record !== null) {
        header = false;
        if (record.map((name) => name.trim()).join(",") !== COMPANY_FILE_COLUMNS.join(",")) {
          throw new CompanyFileUnavailable(`en-tête inattendu (attendu : ${COMPANY_FILE_COLUMNS.join(",")})`);
        }
        continue;
      }
      lines.push(record === null ? UNREADABLE : lineOfCsvRecord(record));
    }
    return lines;
  };
  for await (const chunk of input as AsyncIterable<string>) {
    const lines = linesOf(reader.push(chunk));
    if (lines.length > 0) yield lines;
  }
  const last = linesOf(reader.end());
  if (last.length > 0) yield last;
}

/** JSON lines, gathered in chunks of this many. */
const JSON_CHUNK = 1_000;

async function* jsonBatches(input: Readable): AsyncIterable<readonly CompanyFileLine[]> {
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const failed = new Promise<never>((_, reject) => input.on("error", reject));
  failed.catch(() => {});
  let chunk: CompanyFileLine[] = [];
  for await (const line of reader) {
    if (line.trim() === "") continue;
    chunk.push(lineOfJson(line));
    if (chunk.length === JSON_CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  // readline ends quietly when its input fails: the failure is what the caller must see.
  await Promise.race([failed, Promise.resolve()]);
  if (input.errored) throw input.errored;
  if (chunk.length > 0) yield chunk;
}
