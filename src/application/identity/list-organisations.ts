import { type Actor, requireAdmin } from "../../domain/identity/actor.ts";
import type { AdminOnly } from "../../domain/identity/errors.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos, OrganisationSummary } from "./ports.ts";

export type OrganisationList = Readonly<{
  items: readonly OrganisationSummary[];
  page: number;
  pageSize: number;
  total: number;
}>;

/** Support: `GET /admin/organisations`, newest first, paginated (docs/API.md "Paginated lists"). */
export function listOrganisations(deps: { unitOfWork: UnitOfWork<IdentityRepos> }) {
  return async (input: {
    actor: Actor;
    page: number;
    pageSize: number;
  }): Promise<Result<OrganisationList, AdminOnly>> => {
    const allowed = requireAdmin(input.actor);
    if (!allowed.ok) return allowed;
    const { page, pageSize } = input;
    const found = await deps.unitOfWork.run((repos) => repos.organisations.list({ page, pageSize }));
    return ok({ items: found.items, page, pageSize, total: found.total });
  };
}
