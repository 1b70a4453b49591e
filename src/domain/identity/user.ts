import type { Email } from "../shared/email.ts";

/**
 * A person who can log in (recruiter, CFA staff, support). No password: a login link proves the mailbox
 * (FAQ "Comment se connecter ?"). Names and phone are null when nobody gave them yet (an invited colleague, an
 * administrator created from configuration).
 */
export type User = Readonly<{
  id: string;
  email: Email;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  /** Set by the first successful use of a link sent to `email` (docs/PRODUCT.md §2: the first use confirms it). */
  emailConfirmedAt: Date | null;
  createdAt: Date;
  /** The stored revision this value was read at (docs/adr/0018): a write based on an older one is refused. */
  version: number;
}>;

export type NewUser = Readonly<{
  id: string;
  email: Email;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  now: Date;
}>;

export function newUser(input: NewUser): User {
  return {
    id: input.id,
    email: input.email,
    firstName: clean(input.firstName),
    lastName: clean(input.lastName),
    phone: clean(input.phone),
    emailConfirmedAt: null,
    createdAt: input.now,
    version: 1,
  };
}

/** What a person edits at once in "mes informations" (FAQ "Gérer mon compte"); the email has its own path. */
export type ProfileChange = Readonly<{ firstName?: string; lastName?: string; phone?: string }>;

export function changeProfile(user: User, change: ProfileChange): User {
  return {
    ...user,
    firstName: change.firstName === undefined ? user.firstName : clean(change.firstName),
    lastName: change.lastName === undefined ? user.lastName : clean(change.lastName),
    phone: change.phone === undefined ? user.phone : clean(change.phone),
  };
}

/** The mailbox answered a link: confirmed from now on (the first confirmation date is kept). */
export function confirmEmail(user: User, now: Date): User {
  return user.emailConfirmedAt ? user : { ...user, emailConfirmedAt: now };
}

/** A new address takes effect only once a link sent to it is used, which confirms it at the same time. */
export function changeEmail(user: User, email: Email, now: Date): User {
  return { ...user, email, emailConfirmedAt: now };
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}
