/** Multipart bodies written byte by byte, so that each test controls its framing (RFC 7578). */
export const BOUNDARY = "----lba-test-7MA4YWxkTrZu0gW";
export const FORM_CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export type TextPart = Readonly<{ name: string; value: string }>;
export type FilePart = Readonly<{ name: string; filename: string; contentType?: string; bytes: Uint8Array }>;

const encoder = new TextEncoder();

export function partHead(part: TextPart | FilePart, boundary = BOUNDARY): string {
  const disposition =
    "filename" in part
      ? `form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType ?? "application/pdf"}`
      : `form-data; name="${part.name}"`;
  return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`;
}

export const closing = (boundary = BOUNDARY) => `--${boundary}--\r\n`;

/** The whole body of a form: each part, then the closing boundary. */
export function multipartBytes(parts: readonly (TextPart | FilePart)[], boundary = BOUNDARY): Uint8Array<ArrayBuffer> {
  const pieces = parts.flatMap((part) => [
    encoder.encode(partHead(part, boundary)),
    "bytes" in part ? part.bytes : encoder.encode(part.value),
    encoder.encode("\r\n"),
  ]);
  return concat([...pieces, encoder.encode(closing(boundary))]);
}

export function concat(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(pieces.reduce((size, piece) => size + piece.byteLength, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.byteLength;
  }
  return bytes;
}

export const filled = (size: number, byte = 0x25) => new Uint8Array(size).fill(byte);

export function formRequest(body: Uint8Array | ReadableStream<Uint8Array>, contentType = FORM_CONTENT_TYPE): Request {
  return new Request("http://lba.test/upload", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);
}

/**
 * The text fields before the file, the file's head, `fileSize` bytes of file in `chunkSize` chunks, then the end:
 * produced one chunk at a time as they are pulled, so a 64 MiB file is never held in memory.
 */
export function* streamedForm(fields: readonly TextPart[], fileSize: number, chunkSize = 64 * 1024) {
  const head = fields.map((field) => `${partHead(field)}${field.value}\r\n`).join("");
  yield encoder.encode(`${head}${partHead({ name: "cv", filename: "cv.pdf", bytes: new Uint8Array() })}`);
  for (let sent = 0; sent < fileSize; sent += chunkSize) yield filled(Math.min(chunkSize, fileSize - sent));
  yield encoder.encode(`\r\n${closing()}`);
}

/** A request body that records how many bytes were pulled from it and whether it was cancelled. */
export function meteredBody(chunks: Iterator<Uint8Array>) {
  const meter = { pulledBytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next();
        if (next.done) return controller.close();
        meter.pulledBytes += next.value.byteLength;
        controller.enqueue(next.value);
      },
      cancel() {
        meter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, meter };
}
