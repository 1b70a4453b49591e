import type { Context, MiddlewareHandler } from "hono";

declare module "hono" {
  interface ContextVariableMap {
    /** Set on the pages' paths: a failure there is answered with a French HTML page, not problem+json. */
    errorsAsPages: true;
  }
}

/** Mounted on every page path (action pages, the public offer page); src/http/app.ts `onError` reads it. */
export const errorsAsPages: MiddlewareHandler = async (c, next) => {
  c.set("errorsAsPages", true);
  await next();
};

export const answersWithPages = (c: Context): boolean => c.get("errorsAsPages") === true;
