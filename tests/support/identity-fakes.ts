import { createJoseAccessTokens } from "../../src/adapters/jose/access-tokens.jose.ts";
import { createMemoryIdentity } from "../../src/adapters/memory/identity-repos.memory.ts";
import { createMemoryRateLimiter } from "../../src/adapters/memory/rate-limiter.memory.ts";
import type { IdentitySettings } from "../../src/application/identity/index.ts";
import * as identity from "../../src/application/identity/index.ts";
import type { SecretGenerator } from "../../src/application/shared/link-tokens.ts";
import type { IdGenerator } from "../../src/application/shared/ports.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { aTestClock } from "./test-clock.ts";

export const ADMIN = "support@lba.test" as Email;

export const testSettings: IdentitySettings = {
  publicUrl: "https://lba.test",
  loginLinkMinutes: 60,
  emailChangeLinkMinutes: 1440,
  invitationLinkDays: 7,
  joinRequestDays: 7,
  accessTokenMinutes: 720,
  adminEmails: [ADMIN],
  rateLimits: {
    perEmail: { limit: 5, windowMs: 15 * 60_000 },
    joinRequestsPerOrganisation: { limit: 10, windowMs: 24 * 3_600_000 },
  },
};

/** id-1, id-2… */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return { next: () => `id-${++n}` };
}

/** Different, predictable bytes for each token. */
export function countingSecrets(): SecretGenerator {
  let n = 0;
  return { randomBytes: (length) => new Uint8Array(length).fill(++n % 256) };
}

/**
 * Every identity use case on in-memory fakes, a fixed clock and sequential ids (tests, level 2), wired by the
 * context's own `identityUseCases`, as production wires them on PostgreSQL.
 */
export function identityOnFakes(settings: IdentitySettings = testSettings) {
  const clock = aTestClock("2026-11-02T08:00:00Z");
  const store = createMemoryIdentity();
  /** Every repository and rate-limiter call made inside a unit of work, as `repository.method`, in order. */
  const calls: string[] = [];
  const rateLimiter = createMemoryRateLimiter();
  const deps: identity.IdentityDeps = {
    unitOfWork: { run: (work) => store.unitOfWork.run((repos) => work(recorded(repos, calls))) },
    clock,
    ids: sequentialIds(),
    secrets: countingSecrets(),
    settings,
    users: store.users,
    memberships: store.memberships,
    organisations: store.organisations,
    sessions: store.sessions,
    rateLimiter: {
      hit: (key, rule) => {
        calls.push("rateLimiter.hit");
        return rateLimiter.hit(key, rule);
      },
    },
    accessTokens: createJoseAccessTokens({ secret: "a-test-secret-of-at-least-32-characters" }),
  };
  const published = identity.identityPublishedApi(deps);
  const [sendLoginLinks, purgeExpiredSignUps] = identity.identityJobs(deps);
  return {
    clock,
    store,
    calls,
    ...identity.identityUseCases(deps),
    register: published.registerOrganisationWithFirstMember,
    ensureAdminUsers: published.ensureAdminUsers,
    requestToJoin: published.requestToJoin,
    /** The `identity:login-links` job: emails the links `requestLoginLink` queued. */
    sendLoginLinks: () => sendLoginLinks?.run(clock.now()),
    /** The `identity:expired-sign-ups` job, as of `now`. */
    purgeExpiredSignUps: (now = clock.now()) => purgeExpiredSignUps?.run(now),
    /** The token at the end of the newest email's button link to `to`. */
    tokenSentTo(to: string): string {
      const row = [...store.outbox.rows()].reverse().find((r) => r.email.to === to);
      const url = row?.email.text.match(/https:\/\/lba\.test\/\S+/)?.[0] ?? "";
      return url.split("/").pop() ?? "";
    },
  };
}

export type IdentityOnFakes = ReturnType<typeof identityOnFakes>;

export function aSignUp(n: number, overrides: { siret?: string; email?: string; kind?: "company" | "cfa" } = {}) {
  return {
    organisation: {
      kind: overrides.kind ?? "company",
      siret: overrides.siret ?? `1234567890000${n}`,
      displayName: `Boulangerie ${n}`,
    },
    member: {
      email: (overrides.email ?? `membre${n}@example.fr`) as Email,
      firstName: "Zoé",
      lastName: "Martin",
      phone: "0612345678",
    },
  } as const;
}

/** Signs up, then logs in with the welcome email's link: the actor of that person. */
export async function signedUpActor(fakes: IdentityOnFakes, n: number, overrides: Parameters<typeof aSignUp>[1] = {}) {
  const input = aSignUp(n, overrides);
  const registered = await fakes.register(input);
  if (!registered.ok) throw new Error(registered.error.code);
  const session = await fakes.openSession({ token: fakes.tokenSentTo(input.member.email) });
  if (!session.ok) throw new Error(session.error.code);
  const actor = await fakes.authenticate({ accessToken: session.value.accessToken });
  if (!actor.ok) throw new Error(actor.error.code);
  return { ...registered.value, actor: actor.value, accessToken: session.value.accessToken, email: input.member.email };
}

/** The administrator, created as at start-up, logged in with a link. */
export async function loggedInAdmin(fakes: IdentityOnFakes) {
  await fakes.ensureAdminUsers();
  await fakes.requestLoginLink({ email: ADMIN });
  await fakes.sendLoginLinks();
  const session = await fakes.openSession({ token: fakes.tokenSentTo(ADMIN) });
  if (!session.ok) throw new Error("admin login failed");
  const actor = await fakes.authenticate({ accessToken: session.value.accessToken });
  if (!actor.ok) throw new Error("admin authentication failed");
  return actor.value;
}

/** The same repositories, each call logged as `repository.method`. */
function recorded<R extends object>(repos: R, calls: string[]): R {
  return new Proxy(repos, {
    get(target, name) {
      const repository = Reflect.get(target, name) as unknown;
      if (typeof repository !== "object" || repository === null) return repository;
      return new Proxy(repository, {
        get(inner, method) {
          const value = Reflect.get(inner, method) as unknown;
          if (typeof value !== "function") return value;
          return (...args: unknown[]) => {
            calls.push(`${String(name)}.${String(method)}`);
            return value.apply(inner, args);
          };
        },
      });
    },
  });
}

/** Logs `email` in through a login link (magic link, then the job): that person's actor. */
export async function loggedIn(fakes: IdentityOnFakes, email: string) {
  await fakes.requestLoginLink({ email });
  await fakes.sendLoginLinks();
  const session = await fakes.openSession({ token: fakes.tokenSentTo(email) });
  if (!session.ok) throw new Error(`login of ${email} failed: ${session.error.code}`);
  const actor = await fakes.authenticate({ accessToken: session.value.accessToken });
  if (!actor.ok) throw new Error(actor.error.code);
  return { actor: actor.value, session: session.value };
}

/** An admin invites `email`, who accepts and logs in: the colleague's actor (a member). */
export async function invitedColleague(
  fakes: IdentityOnFakes,
  host: Readonly<{ actor: Parameters<IdentityOnFakes["inviteMember"]>[0]["actor"]; organisationId: string }>,
  email: string,
) {
  const sent = await fakes.inviteMember({ actor: host.actor, organisationId: host.organisationId, email });
  if (!sent.ok) throw new Error(sent.error.code);
  const accepted = await fakes.acceptInvitation({ token: fakes.tokenSentTo(email) });
  if (!accepted.ok) throw new Error(accepted.error.code);
  return loggedIn(fakes, email);
}
