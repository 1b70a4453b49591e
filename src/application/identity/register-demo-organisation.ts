import type { AccountExists } from "../../domain/identity/errors.ts";
import { newOrganisation } from "../../domain/identity/organisation.ts";
import { confirmEmail, newUser } from "../../domain/identity/user.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { IdentityRepos } from "./ports.ts";
import type { Registration, RegistrationInput } from "./register-organisation-with-first-member.ts";
import type { LinkDeps } from "./settings.ts";

/**
 * DEMO DATA (SEED_DEMO_DATA): a generated company's account as a confirmed sign-up leaves it (docs/adr/0015), in the
 * caller's transaction: the organisation active (it holds its SIRET), its first member its admin with a confirmed
 * email, as after the welcome link's first use. No link and no welcome email: nobody reads the demo mailboxes, and
 * the member logs in by an ordinary login link. `ACCOUNT_EXISTS` when an organisation already holds the SIRET.
 */
export async function registerDemoInTransaction(
  deps: Pick<LinkDeps, "clock" | "ids">,
  repos: Pick<IdentityRepos, "organisations" | "users" | "memberships">,
  input: RegistrationInput,
): Promise<Result<Registration, AccountExists>> {
  const now = deps.clock.now();
  const { kind, siret } = input.organisation;
  const taken = (joinable: boolean) => err({ code: "ACCOUNT_EXISTS" as const, kind, siret, joinable });
  const holder = await repos.organisations.findHolder(kind, siret);
  if (holder) return taken(holder.status === "active");
  const person = confirmEmail(newUser({ id: deps.ids.next(), ...input.member, now }), now);
  const { user, created } = await repos.users.findOrCreate(person);
  const organisation = newOrganisation({ id: deps.ids.next(), ...input.organisation, now });
  if ((await repos.organisations.create(organisation)) === "conflict") return taken(true);
  await repos.memberships.add({ userId: user.id, organisationId: organisation.id, role: "admin", createdAt: now });
  return ok({ organisationId: organisation.id, userId: user.id, userCreated: created });
}
