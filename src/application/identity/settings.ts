import type { Email } from "../../domain/shared/email.ts";
import type { RateRule } from "../../domain/shared/rate-limit.ts";
import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { IdentityRepos } from "./ports.ts";

/** Durations and limits of the identity context, from configuration (README "Configuration"). */
export type IdentitySettings = Readonly<{
  /** Base of the links in emails: they open our action pages, never the JSON routes. */
  publicUrl: string;
  /** FAQ: a login link lasts 60 minutes. */
  loginLinkMinutes: number;
  emailChangeLinkMinutes: number;
  invitationLinkDays: number;
  /** docs/adr/0015: how long admins may accept a join request (and its links last). */
  joinRequestDays: number;
  /** docs/API.md: access tokens live 12 hours. */
  accessTokenMinutes: number;
  adminEmails: readonly Email[];
  /**
   * docs/adr/0016. Per client address, the public-write guard limits every public route (src/http/middleware/);
   * here: emails sent to one typed address (login links, email changes, invitations, sign-ups, join requests from
   * that address), and join requests to one organisation (its admins' mailboxes).
   */
  rateLimits: Readonly<{ perEmail: RateRule; joinRequestsPerOrganisation: RateRule }>;
}>;

/** What every use case issuing a link needs. */
export type LinkDeps = Readonly<{
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretGenerator;
  settings: IdentitySettings;
}>;

/** …and the transaction in which it writes. */
export type WriteDeps = LinkDeps & Readonly<{ unitOfWork: UnitOfWork<IdentityRepos> }>;
