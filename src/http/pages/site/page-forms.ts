import type { Context } from "hono";
import type { z } from "zod";
import { err, ok, type Result } from "../../../domain/shared/result.ts";
import { frenchIssueMessage } from "../../french-validation-messages.ts";
import type { FieldErrors } from "./form-controls.tsx";

/** A submitted form's text fields (a repeated name, e.g. checkboxes, keeps every value). Files are not here. */
export type PageForm = Readonly<Record<string, string | readonly string[]>>;

/**
 * Reads an urlencoded or multipart form without its files. A body that cannot be parsed, or a NUL byte in any
 * field (PostgreSQL text cannot store it), is `unreadable`: the page answers 400 and nothing is done.
 */
export async function readPageForm(c: Context): Promise<Result<PageForm, "unreadable">> {
  const body = await c.req.parseBody({ all: true }).catch(() => null);
  if (body === null) return err("unreadable");
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    if (texts.length === 0) continue;
    if (`${name}${texts.join("")}`.includes("\u0000")) return err("unreadable");
    fields[name] = texts.length === 1 ? (texts[0] as string) : texts;
  }
  return ok(fields);
}

/** One value of a field ("" when absent; the first when repeated). */
export function textOf(form: PageForm, name: string): string {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/**
 * zod's issues as one French message per field (the first issue of each), keyed by the field's top-level name,
 * for `ErrorSummary` and the controls. `labels` may replace a message with the page's own wording.
 */
export function fieldErrorsOf(
  error: Readonly<{ issues: readonly z.core.$ZodIssue[] }>,
  labels: Readonly<Record<string, string>> = {},
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "");
    if (name in errors) continue;
    errors[name] = labels[name] ?? frenchIssueMessage(issue as Parameters<typeof frenchIssueMessage>[0]);
  }
  return errors;
}

/** Every value of a repeated field (checkboxes): none when absent. */
export function valuesOf(form: PageForm, name: string): readonly string[] {
  const value = form[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as string];
}
