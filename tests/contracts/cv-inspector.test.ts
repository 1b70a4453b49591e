import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { createCvInspector } from "../../src/adapters/cv-inspector/cv-inspector.fflate.ts";

const inspector = createCvInspector();
const bytesOf = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

/** A one-page PDF, as small as a reader accepts (cross-reference offsets aside: the inspector reads the header). */
const A_PDF = bytesOf(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Camille Martin, CV</w:t></w:r></w:p></w:body></w:document>';

/** A zip of these parts, deflated as Word writes them. */
const aZip = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])), { level: 6 });

const A_DOCX = aZip({
  "[Content_Types].xml": CONTENT_TYPES,
  "_rels/.rels": "<Relationships/>",
  "word/document.xml": DOCUMENT,
});

/** The 8-byte PNG signature and the start of an IHDR chunk. */
const A_PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe("CvInspector (fflate): the kind of a file, by its content", () => {
  it("knows a PDF by its header", async () => {
    expect(await inspector.kindOf(A_PDF)).toBe("pdf");
  });

  it("knows a PDF with up to 1,024 bytes before its header, as readers do", async () => {
    expect(await inspector.kindOf(concat(new Uint8Array(1024).fill(0x20), A_PDF))).toBe("pdf");
  });

  it("does not take a file whose PDF header comes after 1,024 bytes for a PDF", async () => {
    expect(await inspector.kindOf(concat(new Uint8Array(1025).fill(0x20), A_PDF))).toBeNull();
  });

  it("knows a DOCX: a zip listing [Content_Types].xml and word/document.xml", async () => {
    expect(await inspector.kindOf(A_DOCX)).toBe("docx");
  });

  it("knows a DOCX whose entries are stored, not deflated", async () => {
    const stored = zipSync(
      { "[Content_Types].xml": strToU8(CONTENT_TYPES), "word/document.xml": strToU8(DOCUMENT) },
      { level: 0 },
    );
    expect(await inspector.kindOf(stored)).toBe("docx");
  });

  it.each([
    ["empty bytes", new Uint8Array(0)],
    ["a PNG image", A_PNG],
    [
      "a zip without word/document.xml (an OpenDocument text)",
      aZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<office/>" }),
    ],
    ["a zip without [Content_Types].xml", aZip({ "word/document.xml": DOCUMENT })],
    ["a DOCX cut in half", A_DOCX.subarray(0, Math.floor(A_DOCX.length / 2))],
    ["a DOCX missing its last byte", A_DOCX.subarray(0, A_DOCX.length - 1)],
    [
      "a text naming the DOCX parts after a zip signature",
      bytesOf("PK\u0003\u0004 [Content_Types].xml word/document.xml"),
    ],
    ["the PDF signature alone, cut short", bytesOf("%PDF")],
    ["plain text", bytesOf("Camille Martin, CV")],
  ])("answers null for %s", async (_name, bytes) => {
    expect(await inspector.kindOf(bytes)).toBeNull();
  });

  it("answers null for a DOCX whose central directory is damaged", async () => {
    const damaged = new Uint8Array(A_DOCX);
    damaged.fill(0xff, damaged.length - 60, damaged.length - 22);
    expect(await inspector.kindOf(damaged)).toBeNull();
  });

  it("never throws: random bytes, and a DOCX with random bytes overwritten", async () => {
    const kinds = [null, "pdf", "docx"];
    const damagedDocx = fc
      .array(fc.tuple(fc.nat(A_DOCX.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
      .map((changes) => {
        const bytes = new Uint8Array(A_DOCX);
        for (const [at, value] of changes) bytes[at] = value;
        return bytes;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }), damagedDocx), async (bytes) => {
        expect(kinds).toContain(await inspector.kindOf(bytes));
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
