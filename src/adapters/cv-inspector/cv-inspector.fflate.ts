import { unzipSync } from "fflate";
import type { CvInspector } from "../../application/job-application/ports.ts";

const PDF_SIGNATURE = new TextEncoder().encode("%PDF-");
/** Readers accept bytes before the header: Adobe's PDF Reference (implementation notes) looks in the first 1,024. */
const PDF_MAX_LEADING_BYTES = 1024;
/** What makes a zip a Word document (ECMA-376 Part 2, Open Packaging Conventions; Part 1 §11.3.10, main document). */
const DOCX_PARTS = ["[Content_Types].xml", "word/document.xml"];

/**
 * Tells a PDF by its signature and a DOCX by the central directory of its zip (read with fflate, entries listed,
 * none inflated: a zip bomb costs nothing here). Pure and synchronous underneath; never throws.
 */
export function createCvInspector(): CvInspector {
  return {
    async kindOf(bytes) {
      if (isPdf(bytes)) return "pdf";
      if (isDocx(bytes)) return "docx";
      return null;
    },
  };
}

function isPdf(bytes: Uint8Array): boolean {
  const lastStart = Math.min(PDF_MAX_LEADING_BYTES, bytes.length - PDF_SIGNATURE.length);
  for (let start = 0; start <= lastStart; start++) {
    if (PDF_SIGNATURE.every((byte, i) => bytes[start + i] === byte)) return true;
  }
  return false;
}

function isDocx(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  return names !== null && DOCX_PARTS.every((part) => names.has(part));
}

/** The names the zip's central directory lists, or null when the bytes are not a whole zip. */
function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return null; // not a zip, truncated, or damaged
  }
  return names;
}
