import { describe, expect, it } from "vitest";
import { type CsvChunk, csvRecordReader } from "../../src/adapters/company-file/csv-records.ts";

/** Reads `text` cut into chunks of `size` characters, so that every boundary falls inside some field. */
function readIn(text: string, size: number): CsvChunk {
  const reader = csvRecordReader();
  const records: CsvChunk = [];
  for (let at = 0; at < text.length; at += size) records.push(...reader.push(text.slice(at, at + size)));
  records.push(...reader.end());
  return records;
}

describe("the CSV reader of the companies file", () => {
  const text = '\uFEFFa,b,c\r\n"x, ""y""",,"multi\nline"\n\nplain "quote",2,3\n"",last,"end"';
  const expected = [
    ["a", "b", "c"],
    ['x, "y"', "", "multi\nline"],
    ['plain "quote"', "2", "3"],
    ["", "last", "end"],
  ];

  it("reads quoted fields, doubled quotes, CRLF, skips empty lines, drops the BOM, at any chunk size", () => {
    for (const size of [1, 2, 3, 5, 7, 64, 1_000]) expect(readIn(text, size)).toEqual(expected);
  });

  it("gives a record whose quote never closes as unreadable", () => {
    expect(readIn('a,b\n"open,never closed\n', 4)).toEqual([["a", "b"], null]);
  });
});
