import type { Actor } from "../../domain/identity/actor.ts";
import type { Clock } from "../shared/ports.ts";
import type { SessionRepository } from "./ports.ts";

/** `POST /auth/logout`: the session is revoked, so its access token is refused from the next request on. */
export function closeSession(deps: { sessions: SessionRepository; clock: Clock }) {
  return async (input: { actor: Actor }): Promise<void> => {
    await deps.sessions.revoke(input.actor.sessionId, deps.clock.now());
  };
}
