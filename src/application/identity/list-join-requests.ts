import { type Actor, requireAdmin } from "../../domain/identity/actor.ts";
import type { AdminOnly } from "../../domain/identity/errors.ts";
import type { JoinRequest } from "../../domain/identity/join-request.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos } from "./ports.ts";

export type OpenJoinRequest = Readonly<{ request: JoinRequest; organisation: Organisation | null }>;

export type JoinRequestList = Readonly<{
  items: readonly OpenJoinRequest[];
  page: number;
  pageSize: number;
  total: number;
}>;

/** Support: `GET /admin/join-requests`, the requests no admin accepted yet and not expired, oldest first. */
export function listJoinRequests(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: {
    actor: Actor;
    page: number;
    pageSize: number;
  }): Promise<Result<JoinRequestList, AdminOnly>> => {
    const allowed = requireAdmin(input.actor);
    if (!allowed.ok) return allowed;
    const { page, pageSize } = input;
    return deps.unitOfWork.run(async (repos) => {
      const found = await repos.joinRequests.listOpen({ now: deps.clock.now(), page, pageSize });
      const items = await Promise.all(
        found.items.map(async (request) => ({
          request,
          organisation: await repos.organisations.findById(request.organisationId),
        })),
      );
      return ok({ items, page, pageSize, total: found.total });
    });
  };
}
