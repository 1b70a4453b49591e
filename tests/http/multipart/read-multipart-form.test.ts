import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FormLimits, readMultipartForm } from "../../../src/http/multipart/index.ts";
import {
  BOUNDARY,
  closing,
  concat,
  FORM_CONTENT_TYPE,
  filled,
  formRequest,
  meteredBody,
  multipartBytes,
  partHead,
  streamedForm,
} from "./multipart-bodies.ts";

const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;
const limits: FormLimits = { maxFileBytes: 3 * MiB, maxFieldBytes: 16 * 1024, maxFields: 10, maxFiles: 1 };
const encoder = new TextEncoder();
const pdf = encoder.encode("%PDF-1.7\n…\n%%EOF\n");

const read = (body: Uint8Array | ReadableStream<Uint8Array>, contentType = FORM_CONTENT_TYPE) =>
  readMultipartForm(formRequest(body, contentType), limits);

describe("readMultipartForm: a well-formed form", () => {
  it("reads several text fields (UTF-8) and one file", async () => {
    const body = multipartBytes([
      { name: "offerId", value: "0f8e5f42-6d4c-4a53-9c7e-3b1d2a9f0e11" },
      { name: "firstName", value: "Léa" },
      { name: "lastName", value: "Müller-Dupré" },
      { name: "email", value: "lea@example.fr" },
      { name: "phone", value: "06 12 34 56 78" },
      { name: "message", value: "Bonjour,\r\nje suis très motivée — « alternance » 2026." },
      { name: "cv", filename: "CV Léa.pdf", contentType: "application/pdf", bytes: pdf },
    ]);
    const form = await read(body);
    expect(form.ok && Object.fromEntries(form.value.fields)).toEqual({
      offerId: "0f8e5f42-6d4c-4a53-9c7e-3b1d2a9f0e11",
      firstName: "Léa",
      lastName: "Müller-Dupré",
      email: "lea@example.fr",
      phone: "06 12 34 56 78",
      message: "Bonjour,\r\nje suis très motivée — « alternance » 2026.",
    });
    expect(form.ok && form.value.files.get("cv")).toEqual({
      filename: "CV Léa.pdf",
      contentType: "application/pdf",
      bytes: pdf,
    });
  });

  it("reads a body encoded by the platform's own FormData (as fetch and browsers send it)", async () => {
    const data = new FormData();
    data.append("firstName", "Zoé");
    data.append("message", 'Une "citation"\net une ligne');
    data.append("cv", new File([pdf], 'mon "cv".pdf', { type: "application/pdf" }));
    const request = new Request("http://lba.test/upload", { method: "POST", body: data });
    const form = await readMultipartForm(request, limits);
    expect(form.ok && Object.fromEntries(form.value.fields)).toEqual({
      firstName: "Zoé",
      message: 'Une "citation"\r\net une ligne',
    });
    expect(form.ok && form.value.files.get("cv")?.filename).toBe('mon "cv".pdf');
    expect(form.ok && form.value.files.get("cv")?.bytes).toEqual(pdf);
  });

  it("keeps the first value of a name sent twice, for fields and files", async () => {
    const body = multipartBytes([
      { name: "email", value: "first@example.fr" },
      { name: "email", value: "second@example.fr" },
    ]);
    const form = await read(body);
    expect(form.ok && form.value.fields.get("email")).toBe("first@example.fr");

    const files = multipartBytes([
      { name: "cv", filename: "a.pdf", bytes: pdf },
      { name: "cv", filename: "b.pdf", bytes: filled(10) },
    ]);
    const twoFiles = await readMultipartForm(formRequest(files), { ...limits, maxFiles: 2 });
    expect(twoFiles.ok && twoFiles.value.files.get("cv")?.filename).toBe("a.pdf");
  });

  it("takes a file input left empty (no filename, no content) as no file", async () => {
    const form = await read(multipartBytes([{ name: "cv", filename: "", bytes: new Uint8Array() }]));
    expect(form.ok && form.value.files.size).toBe(0);
  });

  it("accepts a quoted boundary and an empty form", async () => {
    const form = await read(encoder.encode(closing()), `multipart/form-data; boundary="${BOUNDARY}"`);
    expect(form.ok && [form.value.fields.size, form.value.files.size]).toEqual([0, 0]);
  });
});

describe("readMultipartForm: limits", () => {
  it("accepts a file of exactly maxFileBytes", async () => {
    const form = await read(multipartBytes([{ name: "cv", filename: "cv.pdf", bytes: filled(3 * MiB) }]));
    expect(form.ok && form.value.files.get("cv")?.bytes.byteLength).toBe(3 * MiB);
  });

  it("refuses a file of maxFileBytes + 1, naming its field and the limit", async () => {
    const form = await read(multipartBytes([{ name: "cv", filename: "cv.pdf", bytes: filled(3 * MiB + 1) }]));
    expect(form).toEqual({ ok: false, error: { kind: "file_too_large", field: "cv", limit: 3 * MiB } });
  });

  it("stops at the file limit and cancels the body: of a 64 MiB file, no more than the limit and a chunk is pulled", async () => {
    const { stream, meter } = meteredBody(streamedForm([{ name: "firstName", value: "Léa" }], 64 * MiB));
    const form = await read(stream);
    expect(form.ok ? null : form.error.kind).toBe("file_too_large");
    expect(meter.cancelled).toBe(true);
    expect(meter.pulledBytes).toBeGreaterThan(3 * MiB);
    expect(meter.pulledBytes).toBeLessThanOrEqual(3 * MiB + 2 * CHUNK);
  });

  it("accepts a text field of exactly maxFieldBytes and refuses one byte more, naming the field", async () => {
    const atLimit = await read(multipartBytes([{ name: "message", value: "é".repeat(8 * 1024) }]));
    expect(atLimit.ok && atLimit.value.fields.get("message")?.length).toBe(8 * 1024);
    const over = await read(multipartBytes([{ name: "message", value: `${"é".repeat(8 * 1024)}!` }]));
    expect(over).toEqual({ ok: false, error: { kind: "field_too_large", field: "message" } });
  });

  it("stops at the field limit and cancels the body", async () => {
    const { stream, meter } = meteredBody(
      (function* () {
        yield encoder.encode(partHead({ name: "message", value: "" }));
        for (let i = 0; i < 1024; i++) yield filled(CHUNK, 0x61);
      })(),
    );
    const form = await read(stream);
    expect(form).toEqual({ ok: false, error: { kind: "field_too_large", field: "message" } });
    expect(meter.cancelled).toBe(true);
    expect(meter.pulledBytes).toBeLessThanOrEqual(2 * CHUNK);
  });

  it("refuses a text field beyond maxFields, and a file beyond maxFiles, as too_many_parts", async () => {
    const fields = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, value: "x" }));
    expect(await read(multipartBytes(fields))).toEqual({ ok: false, error: { kind: "too_many_parts" } });
    const files = multipartBytes([
      { name: "cv", filename: "a.pdf", bytes: pdf },
      { name: "letter", filename: "b.pdf", bytes: pdf },
    ]);
    expect(await read(files)).toEqual({ ok: false, error: { kind: "too_many_parts" } });
  });
});

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
    const bodies = fc.oneof(fc.uint8Array({ maxLength: 2048 }), damaged, damaged.map((b) => b.subarray(0, b.length / 2)));
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
