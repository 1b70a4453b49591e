import type { Context } from "hono";
import { z } from "zod";
import { frenchIssueMessage } from "./french-validation-messages.ts";
import { asResponse } from "./problem.ts";
import { protocolProblem } from "./protocol-errors.ts";

// Validation messages are shown to French-speaking users (docs/API.md). Global on purpose: every schema (JSON routes,
// pages, query strings) gets the same French sentences, in the app as in the tests, which load it through app.ts.
z.config({ localeError: frenchIssueMessage });

type HookResult = { success: true } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };

/** The one place schema failures become 400 VALIDATION_FAILED with a path per problem. */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success) return undefined;
  const errors = firstPerPath(result.error.issues).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  return asResponse(protocolProblem(c, { code: "VALIDATION_FAILED", errors }));
}

/**
 * One message per field: after a wrong type ("Une liste est attendue, pas un texte.") zod may still run the
 * field's checks (measuring the text against the list's maximum), whose message would only confuse.
 */
function firstPerPath(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const path = issue.path.join(".");
    if (seen.has(path)) return false;
    seen.add(path);
    return true;
  });
}
