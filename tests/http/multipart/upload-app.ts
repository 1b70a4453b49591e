import { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../../../src/http/app.ts";
import { type FormLimits, readMultipartForm } from "../../../src/http/multipart/index.ts";

export const MiB = 1024 * 1024;
/** As POST /api/v1/applications reads its form: a 3 MiB CV, short text fields. */
const UPLOAD_LIMITS: FormLimits = {
  maxFileBytes: 3 * MiB,
  maxFieldBytes: 16 * 1024,
  maxFields: 10,
  maxFiles: 1,
};

/**
 * The whole app (createApp: its middleware, the body limit among them) around one route that reads its form the
 * way the applications route does, and answers what it read: 200 with the fields and the files' sizes, 413 with
 * `Connection: close` for a file too large, 415 for another media type, 400 otherwise.
 */
export function uploadApp(bodyLimitBytes: number, limits: FormLimits = UPLOAD_LIMITS) {
  const router = new OpenAPIHono();
  router.post("/upload", async (c) => {
    const form = await readMultipartForm(c.req.raw, limits);
    if (form.ok) {
      const files = [...form.value.files].map(([name, file]) => ({ name, size: file.bytes.byteLength }));
      return c.json({ fields: Object.fromEntries(form.value.fields), files }, 200);
    }
    if (form.error.kind === "file_too_large") return c.json(form.error, 413, { Connection: "close" });
    return c.json(form.error, form.error.kind === "not_multipart" ? 415 : 400);
  });
  const config = {
    mode: "development",
    corsOrigins: [],
    bodyLimitBytes,
    publicUrl: "http://lba.test",
    webOrigin: "http://lba.test",
  } as const;
  return createApp([router], config, {
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    logScope: (_fields, work) => work(),
    docsAssets: {},
    describeDatabaseFailure: () => null,
  });
}
