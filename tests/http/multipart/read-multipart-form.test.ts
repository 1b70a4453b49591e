import { describe, expect, it } from "vitest";
import { type FormLimits, readMultipartForm } from "../../../src/http/multipart/index.ts";
import {
  BOUNDARY,
  closing,
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
