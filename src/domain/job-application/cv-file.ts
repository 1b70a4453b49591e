import { err, ok, type Result } from "../shared/result.ts";

/** What a CV may be (docs/PRODUCT.md §1): judged by its content, the filename's extension must agree. */
const CV_KINDS = ["pdf", "docx"] as const;
export type CvKind = (typeof CV_KINDS)[number];

/** 3 MiB (docs/API.md): a default, configuration may change it (CV_MAX_BYTES). */
export const DEFAULT_CV_MAX_BYTES = 3 * 1024 * 1024;

export const CV_CONTENT_TYPES: Readonly<Record<CvKind, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export type CvTypeNotAllowed = Readonly<{
  code: "CV_TYPE_NOT_ALLOWED";
  /** What the content turned out to be (null: neither a PDF nor a DOCX), and the filename sent. */
  detected: CvKind | null;
  filename: string;
}>;

const EXTENSIONS: Readonly<Record<CvKind, string>> = { pdf: ".pdf", docx: ".docx" };

/**
 * A CV is accepted when its content is a PDF or a DOCX (`detected`, from a CvInspector) and its filename ends with
 * that kind's extension (case ignored): a PNG named `cv.pdf` and a PDF named `cv.docx` are both refused.
 */
export function judgeCvFile(filename: string, detected: CvKind | null): Result<CvKind, CvTypeNotAllowed> {
  if (detected !== null && filename.toLowerCase().endsWith(EXTENSIONS[detected])) return ok(detected);
  return err({ code: "CV_TYPE_NOT_ALLOWED", detected, filename });
}

/** The filename kept and shown: its last path segment, control characters dropped, at most 120 characters. */
export function cleanCvFilename(filename: string): string {
  const last = filename.split(/[\\/]/).at(-1) ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const cleaned = last.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return cleaned.length > 120 ? cleaned.slice(cleaned.length - 120) : cleaned || "cv";
}
