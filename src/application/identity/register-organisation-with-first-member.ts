import type { AccountExists } from "../../domain/identity/errors.ts";
import { newSignUp, type OrganisationKind } from "../../domain/identity/organisation.ts";
import { newUser } from "../../domain/identity/user.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { welcomeEmail } from "../messaging/index.ts";
import { prepareLink } from "./links.ts";
import type { IdentityRepos } from "./ports.ts";
import type { LinkDeps, WriteDeps } from "./settings.ts";

export type RegistrationInput = Readonly<{
  /** The sign-up has parsed and checked the SIRET and fetched the name (INSEE, catalogue) before calling. */
  organisation: Readonly<{ kind: OrganisationKind; siret: string; displayName: string }>;
  member: Readonly<{ email: Email; firstName: string; lastName: string; phone: string }>;
}>;

export type Registration = Readonly<{ organisationId: string; userId: string; userCreated: boolean }>;

/**
 * Sign-up's identity part: the organisation, its first member (an existing person with that email is reused as
 * is: one person may belong to several organisations) as its admin, the membership, a login link and the welcome
 * email, all in ONE transaction. The organisation is pending (docs/adr/0015): it takes its SIRET when the link is
 * used, and is purged when the link expires unused. `ACCOUNT_EXISTS` when a confirmed open organisation of that
 * kind holds the SIRET.
 */
export function registerOrganisationWithFirstMember(deps: WriteDeps) {
  return (input: RegistrationInput): Promise<Result<Registration, AccountExists>> =>
    deps.unitOfWork.run((repos) => registerInTransaction(deps, repos, input));
}

/**
 * The same steps on repositories the caller's transaction already holds, for a sign-up that writes its own
 * tables (establishment data, OPCO) in that transaction too. Refuses before writing anything.
 */
export async function registerInTransaction(
  deps: LinkDeps,
  repos: Pick<IdentityRepos, "organisations" | "users" | "memberships" | "identityLinks" | "outbox">,
  input: RegistrationInput,
): Promise<Result<Registration, AccountExists>> {
  const now = deps.clock.now();
  const { kind, siret } = input.organisation;
  const holder = await repos.organisations.findHolder(kind, siret);
  if (holder) return err({ code: "ACCOUNT_EXISTS", kind, siret, joinable: holder.status === "active" });
  const minutes = deps.settings.loginLinkMinutes;
  const organisationId = deps.ids.next();
  const { user, created } = await repos.users.findOrCreate(newUser({ id: deps.ids.next(), ...input.member, now }));
  const { link, url } = await prepareLink(deps, { purpose: "login", userId: user.id }, minutes);
  // The sign-up lives as long as its welcome link: unconfirmed when the link expires, it is purged.
  const organisation = newSignUp({ id: organisationId, ...input.organisation, now, expiresAt: link.expiresAt });
  await repos.organisations.create(organisation);
  await repos.memberships.add({ userId: user.id, organisationId: organisation.id, role: "admin", createdAt: now });
  await repos.identityLinks.save(link);
  const content = welcomeEmail({
    firstName: user.firstName,
    organisationName: organisation.displayName,
    url,
    validityMinutes: minutes,
  });
  await repos.outbox.enqueue({ to: user.email, ...content }, { idempotencyKey: `welcome/${link.id}`, now });
  return ok({ organisationId: organisation.id, userId: user.id, userCreated: created });
}
