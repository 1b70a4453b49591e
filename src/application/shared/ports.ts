/** The current instant; a fixed clock in tests, the system clock in production. */
export interface Clock {
  now(): Date;
}

/** Opaque unique ids (UUID v4 in production, sequential in tests). */
export interface IdGenerator {
  next(): string;
}

export type LogFields = Readonly<Record<string, unknown>>;

/** Structured (JSON) logs. Never pass personal data (emails, names, tokens) in fields. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Thrown by adapters when an upstream service (INSEE, Resend, France Travail…) cannot answer. */
export class UpstreamUnavailable extends Error {
  override name = "UpstreamUnavailable";
  readonly upstream: string;
  constructor(upstream: string, message: string) {
    super(`${upstream}: ${message}`);
    this.upstream = upstream;
  }
}

/**
 * Runs `work` in one database transaction with repositories bound to it (`Repos` lists those a use case needs,
 * e.g. `{ offers: OfferRepository; outbox: Outbox }`): every write, including the emails it enqueues, commits
 * together or not at all. The transaction rolls back when `work` throws; a business refusal returned as a
 * Result commits what was written, so decide before writing. Inside `work`, use only the repositories given.
 */
export interface UnitOfWork<Repos> {
  run<T>(work: (repos: Repos) => Promise<T>): Promise<T>;
}
