import type { Email } from "../../domain/shared/email.ts";

/**
 * Emails we send because of an address someone typed (login links, email changes, invitations, sign-ups, join
 * requests) share its bucket (docs/PRODUCT.md §2 "Abuse limits").
 */
export const emailBucket = (email: Email) => `identity:email:${email}`;

/** Join requests reaching one organisation's admins. */
export const joinRequestBucket = (organisationId: string) => `identity:join-requests:organisation:${organisationId}`;
