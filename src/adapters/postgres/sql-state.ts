/** PostgreSQL appendix A: a unique index refused the row. */
export const UNIQUE_VIOLATION = "23505";

/** Whether the failure (or one of its causes: drizzle wraps the driver's error) carries this SQLSTATE. */
export function hasSqlState(error: unknown, sqlState: string): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if ((cause as { code?: unknown }).code === sqlState) return true;
  }
  return false;
}
