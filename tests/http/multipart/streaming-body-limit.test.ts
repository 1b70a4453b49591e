import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import {
  concat,
  FORM_CONTENT_TYPE,
  filled,
  meteredBody,
  multipartBytes,
  streamedForm,
  type TextPart,
} from "./multipart-bodies.ts";
import { MiB, uploadApp } from "./upload-app.ts";

const CHUNK = 64 * 1024;
const DEFAULT_LIMIT = loadConfig({}).bodyLimitBytes;

/** What POST /api/v1/applications receives besides the CV, at its largest realistic size. */
const applicationFields: TextPart[] = [
  { name: "offerId", value: "0f8e5f42-6d4c-4a53-9c7e-3b1d2a9f0e11" },
  { name: "firstName", value: "Marie-Éléonore" },
  { name: "lastName", value: "de La Tour-d'Auvergne" },
  { name: "email", value: "marie-eleonore.delatour@example.fr" },
  { name: "phone", value: "+33 6 12 34 56 78" },
  { name: "message", value: "é".repeat(5000) },
];

const post = (body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  ({ method: "POST", body, headers: { "content-type": FORM_CONTENT_TYPE, ...headers }, duplex: "half" }) as RequestInit;

describe("the general body limit (BODY_LIMIT_BYTES) and multipart forms", () => {
  it("defaults to 3 MiB + 64 KiB: a 3 MiB CV with the largest application form passes", async () => {
    expect(DEFAULT_LIMIT).toBe(3 * MiB + 64 * 1024);
    const body = multipartBytes([...applicationFields, { name: "cv", filename: "cv.pdf", bytes: filled(3 * MiB) }]);
    const response = await uploadApp(DEFAULT_LIMIT).request(
      "/upload",
      post(body, { "content-length": String(body.byteLength) }),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).files).toEqual([{ name: "cv", size: 3 * MiB }]);
  });

  it("refuses a form whose Content-Length passes the limit at once, without reading a byte of it", async () => {
    const { stream, meter } = meteredBody(streamedForm(applicationFields, 64 * MiB));
    const response = await uploadApp(DEFAULT_LIMIT).request(
      "/upload",
      post(stream, { "content-length": String(DEFAULT_LIMIT + 1) }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("PAYLOAD_TOO_LARGE");
    expect(response.headers.get("connection")).toBe("close");
    expect(meter.pulledBytes).toBe(0);
  });

  it("lets a form of exactly the limit through, and refuses one byte more", async () => {
    const limit = 200 * 1024;
    const app = uploadApp(limit);
    const framing = multipartBytes([{ name: "cv", filename: "cv.pdf", bytes: new Uint8Array() }]).byteLength;
    const ofSize = (size: number) =>
      multipartBytes([{ name: "cv", filename: "cv.pdf", bytes: filled(size - framing) }]);
    const atLimit = await app.request("/upload", post(ofSize(limit)));
    expect(atLimit.status).toBe(200);
    const over = await app.request("/upload", post(ofSize(limit + 1)));
    expect(over.status).toBe(413);
    expect((await over.json()).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("counts a chunked form as it streams: past the limit, 413 PAYLOAD_TOO_LARGE and the body is cancelled", async () => {
    const limit = 1 * MiB;
    const app = uploadApp(limit, { maxFileBytes: 8 * MiB, maxFieldBytes: 16 * 1024, maxFields: 10, maxFiles: 1 });
    const { stream, meter } = meteredBody(streamedForm(applicationFields, 64 * MiB));
    const response = await app.request("/upload", post(stream));
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("PAYLOAD_TOO_LARGE");
    expect(response.headers.get("connection")).toBe("close");
    expect(meter.cancelled).toBe(true);
    expect(meter.pulledBytes).toBeLessThanOrEqual(limit + CHUNK);
  });

  it("does not buffer a chunked form first: the route refuses the CV at 3 MiB, before the body limit is reached", async () => {
    const { stream, meter } = meteredBody(streamedForm(applicationFields, 64 * MiB));
    const response = await uploadApp(DEFAULT_LIMIT).request("/upload", post(stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ kind: "file_too_large", field: "cv", limit: 3 * MiB });
    expect(meter.cancelled).toBe(true);
    expect(meter.pulledBytes).toBeLessThanOrEqual(DEFAULT_LIMIT + CHUNK);
  });

  it("still refuses a JSON body over the limit, as before", async () => {
    const json = concat([new TextEncoder().encode('{"a":"'), filled(2048, 0x61), new TextEncoder().encode('"}')]);
    const response = await uploadApp(1024).request("/upload", {
      method: "POST",
      body: json,
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe("PAYLOAD_TOO_LARGE");
  });
});
