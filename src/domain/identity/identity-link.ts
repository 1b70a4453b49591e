import type { Email } from "../shared/email.ts";
import type { StoredLinkToken } from "../shared/link-token.ts";

/**
 * The identity context's single-use email links (docs/adr/0007): only the token's hash is stored, with what
 * the link is for. Each purpose carries what its page needs.
 */
type LinkFields = StoredLinkToken & Readonly<{ id: string; createdAt: Date }>;

/** "Accéder à mon espace": opens a session for `userId` (valid 60 minutes by default, FAQ). */
type LoginLink = LinkFields & Readonly<{ purpose: "login"; userId: string }>;

/** Sent to the new address: the address replaces the old one when the link is used. */
type EmailChangeLink = LinkFields & Readonly<{ purpose: "email_confirmation"; userId: string; newEmail: Email }>;

/** Sent to a colleague: using it adds the membership, creating the person when needed. */
type InvitationLink = LinkFields & Readonly<{ purpose: "invitation"; organisationId: string; email: Email }>;

/** Sent to each admin (`userId`) of the organisation: using it accepts `email`'s open join request. */
type JoinRequestLink = LinkFields &
  Readonly<{ purpose: "join_request"; organisationId: string; userId: string; email: Email }>;

export type IdentityLink = LoginLink | EmailChangeLink | InvitationLink | JoinRequestLink;

export type IdentityLinkPurpose = IdentityLink["purpose"];
