import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

/**
 * Writes lines to a gzip file, in chunks (the national scale is hundreds of MB of text). The gzip header carries
 * no time stamp (Node writes 0), so the same lines give the same bytes.
 */
export async function writeGzipLines(path: string, lines: Iterable<string>): Promise<number> {
  let count = 0;
  function* chunks() {
    let chunk: string[] = [];
    for (const line of lines) {
      chunk.push(line);
      count += 1;
      if (chunk.length === 2000) {
        yield `${chunk.join("\n")}\n`;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
  }
  await pipeline(Readable.from(chunks()), createGzip({ level: 6 }), createWriteStream(path));
  return count;
}
