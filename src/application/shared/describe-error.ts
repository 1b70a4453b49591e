/**
 * What a log line may say of an unexpected error: its name, the first line of its message (a driver's message
 * goes on with the query's parameter values, personal data included) and a SQLSTATE when a cause carries one.
 */
export function describeError(failure: unknown): Readonly<{ error: string; sqlstate?: string }> {
  if (!(failure instanceof Error)) return { error: String(failure).split("\n")[0]?.slice(0, 300) ?? "" };
  const firstLine = failure.message.split("\n")[0]?.slice(0, 300) ?? "";
  const code = (failure.cause as { code?: unknown } | undefined)?.code ?? (failure as { code?: unknown }).code;
  const sqlstate = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  return { error: `${failure.name}: ${firstLine}`, ...(sqlstate ? { sqlstate } : {}) };
}
