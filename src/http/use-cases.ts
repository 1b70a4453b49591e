import type { readMailbox } from "../application/messaging/index.ts";
import type { getRomeFiche, searchCommunes, searchMetiers } from "../application/referential/index.ts";
import type { runJobNow } from "../application/scheduling/index.ts";
import type { checkHealth, getDevFixtures } from "../application/service/index.ts";

/** What the HTTP layer can call: use cases already bound to their ports by the composition root. */
export type UseCases = Readonly<{
  checkHealth: ReturnType<typeof checkHealth>;
  searchMetiers: ReturnType<typeof searchMetiers>;
  getRomeFiche: ReturnType<typeof getRomeFiche>;
  searchCommunes: ReturnType<typeof searchCommunes>;
  // Development mode only (/dev routes).
  readMailbox: ReturnType<typeof readMailbox>;
  runJobNow: ReturnType<typeof runJobNow>;
  getDevFixtures: ReturnType<typeof getDevFixtures>;
}>;
