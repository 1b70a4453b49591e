import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

type BodyLimitOptions = Readonly<{ maxSize: number; onError: (c: Context) => Response }>;

const FORM_DATA = /^\s*multipart\/form-data\s*(;|$)/i;

/** What the counting stream errors with once the body passes the limit. */
class BodyLimitExceeded extends Error {
  override name = "BodyLimitExceeded";
}

/**
 * The general body limit (BODY_LIMIT_BYTES) without buffering a multipart/form-data body, which
 * `readMultipartForm` reads as a stream: Hono's bodyLimit reads a body sent without Content-Length (chunked) into
 * memory before the route runs. A form is refused at once, unread, when its Content-Length passes the limit; sent
 * chunked, it is counted while the route reads it and cut (cancelled) the moment it passes the limit, and the
 * answer is `onError`, whatever the route made of the cut body. Every other body goes through Hono's bodyLimit.
 * Mounted for the methods that carry a body (src/http/app.ts): a GET never enters it.
 */
export function bodyLimitStreamingForms(options: BodyLimitOptions): MiddlewareHandler {
  const buffered = bodyLimit(options);
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body || !FORM_DATA.test(c.req.header("content-type") ?? "")) return buffered(c, next);
    const headers = c.req.raw.headers;
    if (headers.has("content-length") && !headers.has("transfer-encoding")) {
      // The server stops the body at its Content-Length: checking the header is enough.
      return Number(headers.get("content-length")) > options.maxSize ? options.onError(c) : next();
    }
    let exceeded = false;
    const counted = cappedStream(body, options.maxSize, () => {
      exceeded = true;
    });
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    await next();
    // A route that refused the body as too large itself (a CV over its limit) keeps its more precise answer.
    if (exceeded && c.res.status !== 413) {
      c.res = undefined; // drops the route's answer instead of merging its headers into the 413
      c.res = options.onError(c);
    }
  };
}

/**
 * `source` up to `max` bytes, nothing buffered: the chunk that passes the limit is delivered up to it, and asking
 * for more errors the stream and cancels `source`. A route's own limit below `max` (a CV's) is thus met first.
 */
function cappedStream(source: ReadableStream<Uint8Array>, max: number, onExceeded: () => void) {
  const reader = source.getReader();
  let passed = 0;
  let cut = false;
  const refuse = async (controller: ReadableStreamDefaultController<Uint8Array>) => {
    onExceeded();
    controller.error(new BodyLimitExceeded(`body over ${max} bytes`));
    await reader.cancel().catch(() => {});
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (cut) return refuse(controller);
        const { done, value } = await reader.read();
        if (done) return controller.close();
        const room = max - passed;
        passed += value.byteLength;
        if (value.byteLength <= room) return controller.enqueue(value);
        cut = true;
        return room > 0 ? controller.enqueue(value.subarray(0, room)) : refuse(controller);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
