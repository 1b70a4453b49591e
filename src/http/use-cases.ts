import type { getRomeFiche, searchCommunes, searchMetiers } from "../application/referential/index.ts";
import type { checkHealth } from "../application/service/index.ts";

/** What the HTTP layer can call: use cases already bound to their ports by the composition root. */
export type UseCases = Readonly<{
  checkHealth: ReturnType<typeof checkHealth>;
  searchMetiers: ReturnType<typeof searchMetiers>;
  getRomeFiche: ReturnType<typeof getRomeFiche>;
  searchCommunes: ReturnType<typeof searchCommunes>;
}>;
