import type { LoginLinkRequest } from "../../application/identity/ports.ts";
import type { IdentityLink } from "../../domain/identity/identity-link.ts";
import type { JoinRequest } from "../../domain/identity/join-request.ts";
import type { Membership } from "../../domain/identity/membership.ts";
import type { Organisation } from "../../domain/identity/organisation.ts";
import type { Session } from "../../domain/identity/session.ts";
import type { User } from "../../domain/identity/user.ts";

/** The identity tables in memory, shared by the identity fakes so that cascades and joins behave as in SQL. */
export type IdentityTables = {
  users: Map<string, User>;
  organisations: Map<string, Organisation>;
  /** In insertion order, as `created_at` then id orders them in SQL for equal instants. */
  memberships: Membership[];
  links: Map<string, IdentityLink>;
  sessions: Map<string, Session>;
  joinRequests: Map<string, JoinRequest>;
  /** In arrival order. */
  loginLinkRequests: LoginLinkRequest[];
};

export function createIdentityTables(): IdentityTables {
  return {
    users: new Map(),
    organisations: new Map(),
    memberships: [],
    links: new Map(),
    sessions: new Map(),
    joinRequests: new Map(),
    loginLinkRequests: [],
  };
}

/** Saves every table; the returned function restores them (a rolled-back UnitOfWork). */
export function snapshotIdentityTables(tables: IdentityTables): () => void {
  const saved = {
    users: new Map(tables.users),
    organisations: new Map(tables.organisations),
    memberships: [...tables.memberships],
    links: new Map(tables.links),
    sessions: new Map(tables.sessions),
    joinRequests: new Map(tables.joinRequests),
    loginLinkRequests: [...tables.loginLinkRequests],
  };
  return () => Object.assign(tables, saved);
}
