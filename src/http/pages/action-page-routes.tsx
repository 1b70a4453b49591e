import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { LINK_TOKEN_PATTERN, linkInvalid } from "../../application/shared/link-tokens.ts";
import { type Logger, UpstreamUnavailable } from "../../application/shared/ports.ts";
import type { Result } from "../../domain/shared/result.ts";
import { ConfirmPage } from "./confirm-page.tsx";
import { ErrorPage } from "./error-page.tsx";
import { LinkProblemPage } from "./link-problem-page.tsx";
import { documentActionPage } from "./page-openapi.ts";
import { pageResponse, redirectResponse } from "./page-response.ts";
import { ResultPage } from "./result-page.tsx";
import type { ActOutcome, ConfirmView, FormInvalid, FormValues, LinkInvalid, NextLink } from "./view-models.ts";

/** Everything a context writes for one email button: a path, a read, an act and its French texts. */
export type ActionPage = Readonly<{
  /** Last segment is the token, e.g. "/connexion/:token"; no personal data anywhere in the URL. */
  path: `/${string}/:token`;
  /** Short French name for the OpenAPI document, e.g. "Connexion par lien". */
  summary: string;
  /** Tokens not matching are refused without calling the context (default: LINK_TOKEN_PATTERN). */
  tokenPattern?: RegExp;
  /** GET: reads only. Mail scanners follow links, so this must never change anything. */
  load(token: string): Promise<Result<ConfirmView, LinkInvalid>>;
  /**
   * POST: checks the token and acts once (marking it used in the same transaction). A repeated POST returns
   * LINK_INVALID "used", or the same ResultView when the action is idempotent. `c` is only for response headers
   * such as a session cookie.
   */
  act(token: string, form: FormValues, c: Context): Promise<Result<ActOutcome, LinkInvalid | FormInvalid>>;
  /** Where to ask for a new link, shown on the link-problem page. */
  renewal?: NextLink;
}>;

export type ActionPageOptions = Readonly<{ logger: Logger }>;

/**
 * A sub-app serving one action page: GET shows what will happen, POST acts and shows the result. Every
 * unusable link answers 401, like the JSON twins' `LINK_INVALID` (docs/API.md), whatever the reason.
 */
export function actionPageRoutes(page: ActionPage, options: ActionPageOptions): OpenAPIHono {
  const app = new OpenAPIHono();
  const pattern = page.tokenPattern ?? LINK_TOKEN_PATTERN;
  const tokenOf = (c: Context) => {
    const token = c.req.param("token") ?? "";
    return pattern.test(token) ? token : null;
  };
  app.get(page.path, async (c) => {
    const token = tokenOf(c);
    if (!token) return linkProblem(c, page, linkInvalid("unknown"));
    const loaded = await page.load(token);
    if (!loaded.ok) return linkProblem(c, page, loaded.error);
    return pageResponse(c, 200, <ConfirmPage view={loaded.value} />);
  });
  app.post(page.path, async (c) => {
    const token = tokenOf(c);
    if (!token) return linkProblem(c, page, linkInvalid("unknown"));
    const form = await readForm(c);
    const acted = await page.act(token, form, c);
    if (acted.ok) return outcomeResponse(c, acted.value);
    if (acted.error.code === "LINK_INVALID") return linkProblem(c, page, acted.error);
    return formProblem(c, page, token, form, acted.error);
  });
  app.onError((error, c) => errorPage(c, error, options.logger));
  documentActionPage(app, page.path, page.summary);
  return app;
}

function outcomeResponse(c: Context, outcome: ActOutcome) {
  if (outcome.kind === "redirect") return redirectResponse(c, outcome.location);
  return pageResponse(c, 200, <ResultPage view={outcome} />);
}

function linkProblem(c: Context, page: ActionPage, error: LinkInvalid) {
  return pageResponse(c, 401, <LinkProblemPage reason={error.reason} renewal={page.renewal} />);
}

/** The confirm page again, with the error in an alert and what the person typed kept. */
async function formProblem(c: Context, page: ActionPage, token: string, form: FormValues, error: FormInvalid) {
  const loaded = await page.load(token);
  if (!loaded.ok) return linkProblem(c, page, loaded.error);
  return pageResponse(c, 422, <ConfirmPage view={loaded.value} error={error} values={form} />);
}

/** urlencoded or multipart fields; files are not part of any action form and are dropped. */
async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/** A person followed an email button: answer a French page, not problem+json, and log like the app does. */
function errorPage(c: Context, error: Error, logger: Logger) {
  const unavailable = error instanceof UpstreamUnavailable;
  const requestId = c.get("requestId") as string | undefined;
  if (unavailable) logger.warn("upstream unavailable", { requestId, upstream: error.upstream, error: error.message });
  else logger.error("unhandled error", { requestId, error: error.message, stack: error.stack });
  return pageResponse(c, unavailable ? 503 : 500, <ErrorPage unavailable={unavailable} requestId={requestId} />);
}
