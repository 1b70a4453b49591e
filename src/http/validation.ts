import type { Context } from "hono";
import { z } from "zod";
import { problemResponse } from "./problem.ts";

// Validation messages are shown to French-speaking users (API.md): use zod's French locale.
z.config(z.locales.fr());

type HookResult = { success: true } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };

/** The one place schema failures become 400 VALIDATION_FAILED with a path per problem. */
export function validationHook(result: HookResult, c: Context): Response | undefined {
  if (result.success) return undefined;
  const errors = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  return problemResponse(c, {
    status: 400,
    code: "VALIDATION_FAILED",
    title: "Requête invalide",
    detail: `La requête contient ${errors.length > 1 ? `${errors.length} erreurs` : "une erreur"} : ${errors
      .map((e) => (e.path ? `${e.path} — ${e.message}` : e.message))
      .join(" ; ")}`,
    errors,
  });
}
