import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { LINK_TOKEN_PATTERN, linkInvalid } from "../../application/shared/link-tokens.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { ConfirmPage } from "./confirm-page.tsx";
import { errorPageResponse } from "./error-page.tsx";
import { errorsAsPages } from "./html-errors.ts";
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
  /**
   * GET: reads only. Mail scanners follow links, so this must never change anything. `query` is the link's query
   * string (a button may preselect an answer: `?reponse=interview`).
   */
  load(token: string, query: URLSearchParams): Promise<Result<ConfirmView, LinkInvalid>>;
  /**
   * POST: checks the token and acts once (marking it used in the same transaction). A repeated POST returns
   * LINK_INVALID "used", or the same ResultView when the action is idempotent. `c` is only for response headers
   * such as a session cookie.
   */
  act(token: string, form: FormValues, c: Context): Promise<Result<ActOutcome, LinkInvalid | FormInvalid>>;
  /** Where to ask for a new link, shown on the link-problem page. */
  renewal?: NextLink;
}>;

/**
 * A sub-app serving one action page: GET shows what will happen, POST acts and shows the result. Every
 * unusable link answers 401, like the JSON twins' `LINK_INVALID` (docs/API.md), whatever the reason. A failure
 * (database or upstream down, a bug) is answered by src/http/app.ts `onError` as a French page.
 */
export function actionPageRoutes(page: ActionPage): OpenAPIHono {
  const app = new OpenAPIHono();
  app.use(page.path, errorsAsPages);
  const pattern = page.tokenPattern ?? LINK_TOKEN_PATTERN;
  const tokenOf = (c: Context) => {
    const token = c.req.param("token") ?? "";
    return pattern.test(token) ? token : null;
  };
  app.get(page.path, async (c) => {
    const token = tokenOf(c);
    if (!token) return linkProblem(c, page, linkInvalid("unknown"));
    const loaded = await page.load(token, new URL(c.req.url).searchParams);
    if (!loaded.ok) return linkProblem(c, page, loaded.error);
    return pageResponse(c, 200, <ConfirmPage view={loaded.value} values={loaded.value.values ?? {}} />);
  });
  app.post(page.path, async (c) => {
    const token = tokenOf(c);
    if (!token) return linkProblem(c, page, linkInvalid("unknown"));
    const read = await readForm(c);
    if (!read.ok) return errorPageResponse(c, { code: "VALIDATION_FAILED", errors: [read.error] });
    const form = read.value;
    const acted = await page.act(token, form, c);
    if (acted.ok) return outcomeResponse(c, acted.value);
    if (acted.error.code === "LINK_INVALID") return linkProblem(c, page, acted.error);
    return formProblem(c, page, token, form, acted.error);
  });
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
  const loaded = await page.load(token, new URL(c.req.url).searchParams);
  if (!loaded.ok) return linkProblem(c, page, loaded.error);
  return pageResponse(c, 422, <ConfirmPage view={loaded.value} error={error} values={form} />);
}

type FieldError = Readonly<{ path: string; message: string }>;

/**
 * urlencoded or multipart fields; files are not part of any action form and are dropped. A body that cannot be
 * parsed (a multipart without its boundary, a truncated part) or a field holding a NUL byte, which PostgreSQL text
 * cannot store, is refused as a whole: 400, nothing done.
 */
async function readForm(c: Context): Promise<Result<FormValues, FieldError>> {
  const body = await c.req.parseBody().catch(() => null);
  if (body === null) return err({ path: "", message: "Le formulaire envoyé est illisible." });
  const values = Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const withNul = values.find(([name, value]) => `${name}${value}`.includes("\u0000"));
  if (withNul) return err({ path: withNul[0], message: "Le caractère nul (U+0000) n'est accepté dans aucun champ." });
  return ok(Object.fromEntries(values));
}
