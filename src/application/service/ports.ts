/**
 * Whether the database answers a trivial query and holds every migration of the release (a schema behind the code
 * would fail on the first query that needs the new columns); never throws.
 */
export interface DatabaseProbe {
  isUp(): Promise<boolean>;
}

/**
 * What may be said of a failed database call: the SQLSTATE and the server's message with quoted values masked,
 * never the SQL text nor its parameters (they carry emails, phones, names). `unavailable`: the database is down,
 * unreachable, restarting or too slow (statement timeout), so the same request may succeed a little later.
 */
export type DatabaseFailure = Readonly<{ unavailable: boolean; sqlstate: string | null; message: string }>;

/** Recognises a failure of the database or its driver in anything thrown; null for everything else. */
export type DatabaseFailureDescriber = (error: unknown) => DatabaseFailure | null;
