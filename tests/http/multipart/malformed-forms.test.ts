import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FormLimits, readMultipartForm } from "../../../src/http/multipart/index.ts";
import {
  BOUNDARY,
  closing,
  concat,
  FORM_CONTENT_TYPE,
  formRequest,
  meteredBody,
  multipartBytes,
  partHead,
} from "./multipart-bodies.ts";

const limits: FormLimits = { maxFileBytes: 3 * 1024 * 1024, maxFieldBytes: 16 * 1024, maxFields: 10, maxFiles: 1 };
const encoder = new TextEncoder();
const pdf = encoder.encode("%PDF-1.7\n…\n%%EOF\n");

const read = (body: Uint8Array | ReadableStream<Uint8Array>, contentType = FORM_CONTENT_TYPE) =>
  readMultipartForm(formRequest(body, contentType), limits);

describe("readMultipartForm: what is not a readable form", () => {
  it.each([
    ["application/json"],
    ["application/x-www-form-urlencoded"],
    ["text/plain; boundary=x"],
    ["multipart/mixed; boundary=x"],
    [""],
  ])("%j is not_multipart", async (contentType) => {
    const request = new Request("http://lba.test/upload", {
      method: "POST",
      body: '{"a":1}',
      headers: contentType ? { "content-type": contentType } : {},
    });
    if (!contentType) request.headers.delete("content-type");
    expect(await readMultipartForm(request, limits)).toEqual({ ok: false, error: { kind: "not_multipart" } });
  });

  const valid = multipartBytes([
    { name: "firstName", value: "Léa" },
    { name: "cv", filename: "cv.pdf", bytes: pdf },
  ]);
  const text = (value: string) => encoder.encode(value);

  it.each([
    ["no boundary in the Content-Type", valid, "multipart/form-data"],
    ["an empty boundary", valid, "multipart/form-data; boundary="],
    ["a body using another boundary", multipartBytes([{ name: "a", value: "b" }], "other"), FORM_CONTENT_TYPE],
    ["an empty body", new Uint8Array(), FORM_CONTENT_TYPE],
    ["a body cut inside the file", valid.subarray(0, valid.byteLength - 40), FORM_CONTENT_TYPE],
    ["a part never terminated", text(`${partHead({ name: "a", value: "" })}value`), FORM_CONTENT_TYPE],
    ["no closing boundary", valid.subarray(0, valid.byteLength - 4), FORM_CONTENT_TYPE],
    ["part headers cut short", text(`--${BOUNDARY}\r\nContent-Disposition: form-da`), FORM_CONTENT_TYPE],
    ["a header line without a colon", text(`--${BOUNDARY}\r\nnonsense\r\n\r\nx\r\n${closing()}`), FORM_CONTENT_TYPE],
    [
      "a part without a name",
      text(`--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n${closing()}`),
      FORM_CONTENT_TYPE,
    ],
    [
      "a text field that is not UTF-8",
      concat([text(partHead({ name: "a", value: "" })), new Uint8Array([0xc3, 0x28]), text(`\r\n${closing()}`)]),
      FORM_CONTENT_TYPE,
    ],
  ])("%s is malformed", async (_case, body, contentType) => {
    const form = await read(body, contentType);
    expect(form.ok ? null : form.error.kind).toBe("malformed");
  });

  it("a body whose stream fails (the client went away) is malformed", async () => {
    const head = text(partHead({ name: "cv", filename: "cv.pdf", bytes: pdf }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        controller.error(new Error("socket hang up"));
      },
    });
    const form = await read(stream);
    expect(form.ok ? null : form.error.kind).toBe("malformed");
  });

  it("never throws, whatever the bytes: random bodies and random damage to a valid one", async () => {
    const damaged = fc
      .tuple(fc.nat(valid.byteLength - 1), fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([at, bytes]) => concat([valid.subarray(0, at), bytes, valid.subarray(at + bytes.byteLength)]));
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      damaged,
      damaged.map((b) => b.subarray(0, b.length / 2)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.integer({ min: 1, max: 97 }), async (body, chunkSize) => {
        const chunks = Array.from({ length: Math.ceil(body.byteLength / chunkSize) }, (_, i) =>
          body.subarray(i * chunkSize, (i + 1) * chunkSize),
        );
        const { stream } = meteredBody(chunks.values());
        const form = await read(stream);
        expect(form.ok || ["malformed", "too_many_parts", "field_too_large"].includes(form.error.kind)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
