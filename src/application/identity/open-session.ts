import { isAdminEmail, mayUseAccount } from "../../domain/identity/access.ts";
import type { AccountDisabled } from "../../domain/identity/errors.ts";
import { confirmSignUp, type Organisation } from "../../domain/identity/organisation.ts";
import { newSession } from "../../domain/identity/session.ts";
import { confirmEmail, type User } from "../../domain/identity/user.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import { findUsableLink } from "./find-usable-link.ts";
import type { AccessTokens, IdentityRepos } from "./ports.ts";
import type { WriteDeps } from "./settings.ts";

type Deps = WriteDeps & Readonly<{ accessTokens: AccessTokens }>;

/** A sign-up of this person that another organisation overtook: it confirmed first (docs/adr/0015). */
export type LostSignUp = Readonly<{ kind: Organisation["kind"]; siret: string; displayName: string }>;

export type OpenedSession = Readonly<{
  accessToken: string;
  expiresAt: Date;
  user: User;
  isAdmin: boolean;
  /** Sign-ups this login confirmed: they hold their SIRET from now on. */
  confirmedSignUps: readonly string[];
  lostSignUps: readonly LostSignUp[];
}>;

/**
 * `POST /auth/session` and the login page: exchanges a login link for an access token. The link is marked used
 * in the transaction that creates the session; its first use confirms the email (docs/PRODUCT.md §2), and every
 * pending sign-up this person founded takes its SIRET, or is dropped when another took it first (docs/adr/0015).
 */
export function openSession(deps: Deps) {
  return async (input: { token: string }): Promise<Result<OpenedSession, LinkInvalid | AccountDisabled>> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const link = await findUsableLink(repos.identityLinks, { token: input.token, purpose: "login", now });
      if (!link.ok) return link;
      const found = await repos.users.findById(link.value.userId);
      if (!found) return err(linkInvalid("unknown"));
      const isAdmin = isAdminEmail(found.email, deps.settings.adminEmails);
      const organisations = await repos.memberships.organisationsOf(found.id);
      if (!mayUseAccount({ organisations, isAdmin })) return err({ code: "ACCOUNT_DISABLED" as const });
      if (!(await repos.identityLinks.markUsed(link.value.id, now))) return err(linkInvalid("used"));
      const user = confirmEmail(found, now);
      if (user !== found) await repos.users.update(user);
      const signUps = await confirmSignUps(repos, user.id, now);
      const ttlMinutes = deps.settings.accessTokenMinutes;
      const session = newSession({ id: deps.ids.next(), userId: user.id, now, ttlMinutes });
      await repos.sessions.create(session);
      const claims = { sessionId: session.id, userId: user.id };
      const accessToken = await deps.accessTokens.issue(claims, { issuedAt: now, expiresAt: session.expiresAt });
      return ok({ accessToken, expiresAt: session.expiresAt, user, isAdmin, ...signUps });
    });
  };
}

/** The founder's pending sign-ups still in time; expired ones wait for the purge job. */
async function confirmSignUps(repos: IdentityRepos, userId: string, now: Date) {
  const confirmedSignUps: string[] = [];
  const lostSignUps: LostSignUp[] = [];
  for (const { organisation, role } of await repos.memberships.membershipsOf(userId)) {
    const confirmed = role === "admin" ? confirmSignUp(organisation, now) : null;
    if (!confirmed?.ok) continue;
    const outcome = await repos.organisations.confirm(confirmed.value, now);
    if (outcome === "confirmed") confirmedSignUps.push(organisation.id);
    if (outcome === "conflict") {
      await repos.organisations.deleteSignUp(organisation.id);
      const { kind, siret, displayName } = organisation;
      lostSignUps.push({ kind, siret, displayName });
    }
  }
  return { confirmedSignUps, lostSignUps };
}
