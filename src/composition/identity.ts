import { createJoseAccessTokens } from "../adapters/jose/access-tokens.jose.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgIdentityLinkRepository } from "../adapters/postgres/identity/identity-links.postgres.ts";
import { createPgJoinRequestRepository } from "../adapters/postgres/identity/join-requests.postgres.ts";
import { createPgLoginLinkRequestQueue } from "../adapters/postgres/identity/login-link-requests.postgres.ts";
import { createPgMembershipRepository } from "../adapters/postgres/identity/memberships.postgres.ts";
import { createPgOrganisationRepository } from "../adapters/postgres/identity/organisations.postgres.ts";
import { createPgSessionRepository } from "../adapters/postgres/identity/sessions.postgres.ts";
import { createPgUserRepository } from "../adapters/postgres/identity/users.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import {
  type IdentityPublishedApi,
  type IdentityRepos,
  type IdentitySettings,
  identityFixtures,
  identityJobs,
  identityPublishedApi,
  identityUseCases,
  type LinkDeps,
  type OrganisationClosed,
  type RegistrationInput,
  registerDemoInTransaction,
  registerInTransaction,
} from "../application/identity/index.ts";
import type { Config } from "../config.ts";
import type { Email } from "../domain/shared/email.ts";
import { identityCatalogue } from "../http/identity-errors.ts";
import { identityPageRoutes } from "../http/pages/identity/index.ts";
import { identitySitePageRoutes } from "../http/pages/identity/site/index.ts";
import { adminOrganisationRoutes } from "../http/routes/admin-organisations.routes.ts";
import { authRoutes } from "../http/routes/auth.routes.ts";
import { meRoutes } from "../http/routes/me.routes.ts";
import { organisationMemberRoutes } from "../http/routes/organisation-members.routes.ts";
import { defineModule, type TransactionKit } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    identity: IdentityPublishedApi;
  }
  interface TransactionalApis {
    identity: ReturnType<typeof identityInTransaction>;
  }
  interface ContextEvents {
    /** An organisation stopped (disabled by support, or its last member left). */
    organisationClosed: OrganisationClosed;
  }
}

/** Login, sessions, accounts, organisations and their members, support. */
export const identityModule = defineModule({
  name: "identity",
  build(kit) {
    const settings = identitySettings(kit.config);
    const deps = {
      unitOfWork: kit.unitOfWork(identityRepositories),
      clock: kit.clock,
      ids: uuidGenerator,
      secrets: webCryptoSecrets,
      settings,
      users: createPgUserRepository(kit.db),
      memberships: createPgMembershipRepository(kit.db),
      organisations: createPgOrganisationRepository(kit.db),
      sessions: createPgSessionRepository(kit.db),
      rateLimiter: kit.rateLimiter,
      accessTokens: createJoseAccessTokens({ secret: kit.config.identity.sessionSecret }),
    };
    const published = identityPublishedApi(deps);
    const { clock, ids, secrets } = deps;
    return {
      useCases: identityUseCases(deps),
      published,
      jobs: identityJobs(deps),
      transactional: (tx, txKit) => identityInTransaction({ clock, ids, secrets, settings }, tx, txKit),
      fixtures: identityFixtures(settings),
      startUp: async () => {
        const { created } = await published.ensureAdminUsers();
        if (created > 0) kit.logger.info("administrator accounts created", { count: created });
      },
    };
  },
  routes: (useCases, http) => [
    authRoutes(useCases, http.auth),
    meRoutes(useCases, http.auth),
    organisationMemberRoutes(useCases, http.auth),
    adminOrganisationRoutes(useCases, http.auth),
    identityPageRoutes(useCases),
    identitySitePageRoutes(useCases, sitePages(http), {
      listMembers: (organisationId) => http.apis.identity.listMembers(organisationId),
      establishmentProfileOf: (organisationId) => http.apis.recruiter.establishmentProfileOf(organisationId),
    }),
  ],
  refusals: identityCatalogue,
});

/** The identity repositories bound to a transaction; a stopping organisation is announced to the others. */
export function identityRepositories(tx: Db, { events }: Pick<TransactionKit, "events">) {
  return {
    users: createPgUserRepository(tx),
    organisations: createPgOrganisationRepository(tx),
    memberships: createPgMembershipRepository(tx),
    identityLinks: createPgIdentityLinkRepository(tx),
    sessions: createPgSessionRepository(tx),
    joinRequests: createPgJoinRequestRepository(tx),
    loginLinkRequests: createPgLoginLinkRequestQueue(tx),
    organisationLifecycle: { organisationClosed: events.organisationClosed },
  };
}

/** Registration inside another context's transaction (a sign-up writes its establishment profile beside it). */
function identityInTransaction(linkDeps: LinkDeps, tx: Db, kit: TransactionKit) {
  const repos: IdentityRepos = { ...identityRepositories(tx, kit), outbox: kit.outbox };
  return {
    registerOrganisation: (input: RegistrationInput) => registerInTransaction(linkDeps, repos, input),
    /** DEMO DATA: the same organisation and member as a confirmed sign-up leaves them (src/composition/demo-offers.ts). */
    registerDemoOrganisation: (input: RegistrationInput) => registerDemoInTransaction(linkDeps, repos, input),
  };
}

function identitySettings(config: Config): IdentitySettings {
  const { identity } = config;
  const minutes = (n: number) => n * 60_000;
  return {
    publicUrl: config.publicUrl,
    loginLinkMinutes: identity.loginLinkTtlMinutes,
    emailChangeLinkMinutes: identity.emailChangeLinkTtlMinutes,
    invitationLinkDays: identity.invitationTtlDays,
    joinRequestDays: config.limits.joinRequests.ttlDays,
    accessTokenMinutes: identity.accessTokenTtlMinutes,
    adminEmails: identity.adminEmails as readonly Email[],
    rateLimits: {
      perEmail: {
        limit: identity.loginLinkLimits.perEmail.limit,
        windowMs: minutes(identity.loginLinkLimits.perEmail.windowMinutes),
      },
      joinRequestsPerOrganisation: {
        limit: config.limits.joinRequests.perOrganisation.limit,
        windowMs: minutes(config.limits.joinRequests.perOrganisation.windowMinutes),
      },
    },
  };
}
