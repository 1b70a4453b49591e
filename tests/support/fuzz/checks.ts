import type { Operation } from "./operations.ts";

const FRENCH = /[àâçéèêëîïôûùüœ]|\b(le|la|les|de|des|du|un|une|est|pas|ce|cette|votre|vous|et|ou|aucun|aucune)\b/i;
const ENGLISH =
  /\b(the|is|are|invalid|expected|received|required|must|should|error|not found|unsupported|malformed|failed)\b/i;
/** A stack frame (`at fn (file.ts:1:2)`) or a source path. */
const STACK = /\bat\s+(async\s+)?[\w$.<>[\]]+\s+\(|\.(ts|tsx|js|mjs):\d+:\d+|node_modules\//;
/** SQL text or a driver's wording. */
const SQL =
  /Failed query|params:|\bselect\b[\s\S]{0,200}\bfrom\b|\binsert into\b|\bdelete from\b|\bupdate\b\s+"?\w+"?\s+set\b|SQLSTATE|syntax error at or near/i;

/** What is wrong with one answer, empty when it is as docs/API.md "Conventions" says (docs/adr/0014). */
export function faultsOf(operation: Operation, status: number, contentType: string, text: string): string[] {
  const faults: string[] = [];
  if (status >= 500) faults.push(`answered ${status}`);
  if (STACK.test(text)) faults.push("stack trace in the body");
  if (status < 400) return faults;
  if (SQL.test(text)) faults.push("SQL text in the body");
  if (contentType.startsWith("application/problem+json")) return [...faults, ...problemFaults(status, text)];
  if (operation.html && contentType.startsWith("text/html")) {
    if (!text.includes('<html lang="fr">')) faults.push("HTML error page not in French");
    return faults;
  }
  return [...faults, `error answered as ${contentType || "no content type"}`];
}

function problemFaults(status: number, text: string): string[] {
  let body: { status?: unknown; code?: unknown; detail?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return ["problem+json body that is not JSON"];
  }
  const faults: string[] = [];
  if (body.status !== status) faults.push(`problem status ${String(body.status)} ≠ ${status}`);
  if (typeof body.code !== "string" || !/^[A-Z][A-Z0-9_]+$/.test(body.code)) faults.push("problem without a code");
  const detail = typeof body.detail === "string" ? body.detail : "";
  if (!FRENCH.test(detail) || ENGLISH.test(detail)) faults.push(`detail not in French: ${detail.slice(0, 120)}`);
  return faults;
}

/** Personal data a log line must never hold (docs/adr/0014): an email address or a French phone number. */
export const EMAIL_IN_LOG = /(?<![\w.%+-])[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}/i;
export const PHONE_IN_LOG = /(\+33\s?|\b0)[1-9]([\s.-]?\d{2}){4}\b/;
