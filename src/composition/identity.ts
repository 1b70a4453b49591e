import { createJoseAccessTokens } from "../adapters/jose/access-tokens.jose.ts";
import { createMemoryRateLimiter } from "../adapters/memory/rate-limiter.memory.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgIdentityLinkRepository } from "../adapters/postgres/identity-links.postgres.ts";
import { createPgMembershipRepository } from "../adapters/postgres/memberships.postgres.ts";
import { createPgOfferRepository } from "../adapters/postgres/offers.postgres.ts";
import { createPgOrganisationRepository } from "../adapters/postgres/organisations.postgres.ts";
import { createPgSessionRepository } from "../adapters/postgres/sessions.postgres.ts";
import { createPgUserRepository } from "../adapters/postgres/users.postgres.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import type { IdentityRepos, IdentitySettings, WriteDeps } from "../application/identity/index.ts";
import * as identity from "../application/identity/index.ts";
import { closeOffersOfOrganisation } from "../application/offer/index.ts";
import type { Clock, UnitOfWork } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";
import type { Email } from "../domain/shared/email.ts";

/**
 * The identity part of the composition root (split out to keep each file short; same role, same rights): which
 * adapter backs each identity port, and the identity use cases bound to them.
 */

/** The identity repositories bound to a transaction, for createUnitOfWork. */
export function identityRepositories(tx: Db): Omit<IdentityRepos, "outbox"> {
  return {
    users: createPgUserRepository(tx),
    organisations: createPgOrganisationRepository(tx),
    memberships: createPgMembershipRepository(tx),
    identityLinks: createPgIdentityLinkRepository(tx),
    sessions: createPgSessionRepository(tx),
    // The organisation's offers close in the same transaction.
    organisationLifecycle: closeOffersOfOrganisation(createPgOfferRepository(tx)),
  };
}

export function identitySettings(config: Config): IdentitySettings {
  const { identity } = config;
  const minutes = (n: number) => n * 60_000;
  return {
    publicUrl: config.publicUrl,
    loginLinkMinutes: identity.loginLinkTtlMinutes,
    emailChangeLinkMinutes: identity.emailChangeLinkTtlMinutes,
    invitationLinkDays: identity.invitationTtlDays,
    accessTokenMinutes: identity.accessTokenTtlMinutes,
    adminEmails: identity.adminEmails as readonly Email[],
    rateLimits: {
      perEmail: {
        limit: identity.loginLinkLimits.perEmail.limit,
        windowMs: minutes(identity.loginLinkLimits.perEmail.windowMinutes),
      },
      perAddress: {
        limit: identity.loginLinkLimits.perIp.limit,
        windowMs: minutes(identity.loginLinkLimits.perIp.windowMinutes),
      },
    },
  };
}

export function identityWriteDeps(unitOfWork: UnitOfWork<IdentityRepos>, config: Config, clock: Clock): WriteDeps {
  return { unitOfWork, clock, ids: uuidGenerator, secrets: webCryptoSecrets, settings: identitySettings(config) };
}

/** The identity use cases the HTTP layer calls, plus what start-up and /dev/fixtures need. */
export function buildIdentity(db: Db, unitOfWork: UnitOfWork<IdentityRepos>, config: Config, clock: Clock) {
  const write = identityWriteDeps(unitOfWork, config, clock);
  const rateLimiter = createMemoryRateLimiter();
  const accessTokens = createJoseAccessTokens({ secret: config.identity.sessionSecret });
  const reads = { users: createPgUserRepository(db), memberships: createPgMembershipRepository(db) };
  const sessions = createPgSessionRepository(db);
  return {
    useCases: {
      requestLoginLink: identity.requestLoginLink({ ...write, rateLimiter }),
      openSession: identity.openSession({ ...write, accessTokens }),
      authenticate: identity.authenticate({ ...reads, sessions, accessTokens, clock, settings: write.settings }),
      closeSession: identity.closeSession({ sessions, clock }),
      getMe: identity.getMe(reads),
      updateMe: identity.updateMe({ ...write, rateLimiter }),
      deleteMe: identity.deleteMe(write),
      inviteMember: identity.inviteMember({ ...write, rateLimiter }),
      removeMember: identity.removeMember(write),
      listOrganisations: identity.listOrganisations(write),
      disableOrganisation: identity.disableOrganisation(write),
      previewIdentityLink: identity.previewIdentityLink(write),
      confirmEmailChange: identity.confirmEmailChange(write),
      acceptInvitation: identity.acceptInvitation(write),
    },
    ensureAdminUsers: identity.ensureAdminUsers(write),
    /** What other contexts' use cases need: issue identity links in their own transaction (sign-up), members. */
    forOtherContexts: {
      clock: write.clock,
      ids: write.ids,
      secrets: write.secrets,
      settings: write.settings,
      listMembers: identity.listMembers(reads),
    },
    fixtures: identity.identityFixtures(write.settings),
  };
}
