import type { Actor } from "../../domain/identity/actor.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { closeIfLastMemberLeft } from "./close-if-empty.ts";
import type { IdentityRepos } from "./ports.ts";

export type MeDeleted = Readonly<{ closedOrganisationIds: readonly string[] }>;

/**
 * `DELETE /me`: the person is removed with their memberships, sessions and links (their token dies with the
 * session). Each organisation they were the last member of is closed (docs/PRODUCT.md §2).
 */
export function deleteMe(deps: { unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }) {
  return async (input: { actor: Actor }): Promise<MeDeleted> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const organisations = await repos.memberships.organisationsOf(input.actor.userId);
      await repos.users.delete(input.actor.userId);
      const closedOrganisationIds: string[] = [];
      for (const organisation of organisations) {
        if (await closeIfLastMemberLeft(repos, organisation, now)) closedOrganisationIds.push(organisation.id);
      }
      return { closedOrganisationIds };
    });
  };
}
