import { type MultipartPart, parseMultipart } from "multitars";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { parsePartDisposition } from "./content-disposition.ts";
import type { FormFailure, FormLimits, MultipartForm, UploadedFile } from "./multipart-form.ts";

const FORM_DATA = /^\s*multipart\/form-data\s*(;|$)/i;
/**
 * RFC 2046 §5.1.1: 1 to 70 characters. `=`, `;` and `"` are refused although `=` is allowed there: the parser
 * (multitars) stops a boundary at them, and no browser or HTTP client puts one in.
 */
const BOUNDARY = /;\s*boundary=(?:"([^"=;]{1,70})"|([^\s"=;]{1,70}))\s*(?=;|$)/i;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

type Collected = {
  fields: Map<string, string>;
  files: Map<string, UploadedFile>;
  fieldCount: number;
  fileCount: number;
};

/**
 * Reads a multipart/form-data body as it streams in, part by part, counting each part's bytes as they arrive: the
 * moment one passes its limit, or a part too many begins, reading stops and the body stream is cancelled, so not a
 * byte more is read (the route then answers with `Connection: close`, see lingering-close.ts). Never throws:
 * whatever the bytes, the outcome is a form or a FormFailure.
 */
export async function readMultipartForm(
  request: Request,
  limits: FormLimits,
): Promise<Result<MultipartForm, FormFailure>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!FORM_DATA.test(contentType)) return err({ kind: "not_multipart" });
  const match = contentType.match(BOUNDARY);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) return err(malformed("L'en-tête Content-Type n'indique pas de délimiteur (boundary) valide."));
  if (!request.body) return err(malformed("Le corps de la requête est vide."));
  const form: Collected = { fields: new Map(), files: new Map(), fieldCount: 0, fileCount: 0 };
  let refusal: FormFailure | null = null;
  try {
    const parts = parseMultipart(request.body, { contentType: `multipart/form-data; boundary="${boundary}"` });
    for await (const part of parts) {
      refusal = await collect(part, form, limits);
      // Leaving the loop closes the parser, which cancels the request body.
      if (refusal) break;
    }
  } catch (error) {
    return err(refusal ?? malformed(`Corps multipart illisible : ${describe(error)}`));
  }
  return refusal ? err(refusal) : ok({ fields: form.fields, files: form.files });
}

async function collect(part: MultipartPart, form: Collected, limits: FormLimits): Promise<FormFailure | null> {
  const disposition = parsePartDisposition(part.headers["content-disposition"]);
  if (!disposition) return malformed("Une partie du formulaire n'a pas de nom (en-tête Content-Disposition).");
  const { name, filename } = disposition;
  if (filename === null) {
    if (++form.fieldCount > limits.maxFields) return { kind: "too_many_parts" };
    const bytes = await readAtMost(part.stream(), limits.maxFieldBytes);
    if (!bytes) return { kind: "field_too_large", field: name };
    if (!form.fields.has(name)) form.fields.set(name, UTF8.decode(bytes));
    return null;
  }
  if (++form.fileCount > limits.maxFiles) return { kind: "too_many_parts" };
  const bytes = await readAtMost(part.stream(), limits.maxFileBytes);
  if (!bytes) return { kind: "file_too_large", field: name, limit: limits.maxFileBytes };
  // A file input left empty still sends a part, with an empty filename and no content: no file was chosen.
  if (filename === "" && bytes.length === 0) return null;
  if (!form.files.has(name)) form.files.set(name, { filename, contentType: part.type, bytes });
  return null;
}

/**
 * The part's bytes, or null as soon as they pass `max`. The part's stream is then only released, not cancelled:
 * cancelling it would make the parser read on to the next boundary.
 */
async function readAtMost(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return concatenated(chunks, size);
      size += value.byteLength;
      if (size > max) return null;
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/** Always a copy: a chunk may be a view into a larger buffer of the parser's or the server's. */
function concatenated(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const malformed = (detail: string): FormFailure => ({ kind: "malformed", detail });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
