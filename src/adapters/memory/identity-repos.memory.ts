import type { IdentityRepos } from "../../application/identity/ports.ts";
import type { UnitOfWork } from "../../application/shared/ports.ts";
import { createMemoryIdentityLinkRepository } from "./identity-links.memory.ts";
import { createIdentityTables, type IdentityTables, snapshotIdentityTables } from "./identity-tables.memory.ts";
import { createMemoryJoinRequestRepository } from "./join-requests.memory.ts";
import { createMemoryLoginLinkRequestQueue } from "./login-link-requests.memory.ts";
import { createMemoryMembershipRepository } from "./memberships.memory.ts";
import {
  createMemoryOrganisationLifecycle,
  type MemoryOrganisationLifecycle,
} from "./organisation-lifecycle.memory.ts";
import { createMemoryOrganisationRepository } from "./organisations.memory.ts";
import { createMemoryOutbox, type MemoryOutbox } from "./outbox.memory.ts";
import { createMemorySessionRepository } from "./sessions.memory.ts";
import { createMemoryUnitOfWork } from "./unit-of-work.memory.ts";
import { createMemoryUserRepository } from "./users.memory.ts";

export type MemoryIdentity = IdentityRepos &
  Readonly<{
    tables: IdentityTables;
    outbox: MemoryOutbox;
    organisationLifecycle: MemoryOrganisationLifecycle;
    unitOfWork: UnitOfWork<IdentityRepos>;
  }>;

/** Every identity repository in memory, with the outbox and a unit of work that rolls all of them back. */
export function createMemoryIdentity(): MemoryIdentity {
  const tables = createIdentityTables();
  const outbox = createMemoryOutbox();
  const organisationLifecycle = createMemoryOrganisationLifecycle();
  const repos: IdentityRepos = {
    users: createMemoryUserRepository(tables),
    organisations: createMemoryOrganisationRepository(tables),
    memberships: createMemoryMembershipRepository(tables),
    identityLinks: createMemoryIdentityLinkRepository(tables),
    sessions: createMemorySessionRepository(tables),
    joinRequests: createMemoryJoinRequestRepository(tables),
    loginLinkRequests: createMemoryLoginLinkRequestQueue(tables),
    organisationLifecycle,
    outbox,
  };
  const participants = [{ snapshot: () => snapshotIdentityTables(tables) }, outbox, organisationLifecycle];
  return { ...repos, tables, outbox, organisationLifecycle, unitOfWork: createMemoryUnitOfWork(repos, participants) };
}
