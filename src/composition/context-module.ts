import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Db } from "../adapters/postgres/database.ts";
import type { Outbox } from "../application/messaging/index.ts";
import type { Job } from "../application/scheduling/index.ts";
import type { FixtureSource } from "../application/service/index.ts";
import type { Clock, Logger, UnitOfWork } from "../application/shared/ports.ts";
import type { RateLimiter } from "../application/shared/rate-limiter.ts";
import type { Config } from "../config.ts";
import type { ActorMiddleware } from "../http/middleware/authentication.ts";
import type { PageSessionMiddleware } from "../http/pages/site/page-session.ts";
import type { Presentation } from "../http/problem-catalogue.ts";

/**
 * What each context offers the others, bound to its adapters: keyed by module name, declared by the publishing
 * module itself (`declare module "./context-module.ts" { interface PublishedApis { … } }`), so adding a context
 * edits no shared file. The values come from the context's `application/<ctx>/index.ts`, never its adapters.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one entry per publishing module.
export interface PublishedApis {}

/**
 * Events a context announces inside its own transaction (declared by the announcing module, like PublishedApis);
 * the reactions of other modules run in that same transaction, on their own repositories.
 * @public (the module contract; filled or used by each module)
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one entry per event.
export interface ContextEvents {}

/**
 * Published APIs bound to a transaction (declared like PublishedApis), for one change that spans two contexts:
 * a sign-up registers identity's organisation and member in the recruiter's transaction.
 * @public (the module contract; filled or used by each module)
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one entry per publishing module.
export interface TransactionalApis {}

/** What tests may replace: the use cases' clock, upstream adapters (each module adds its keys). */
export interface ServiceOverrides {
  clock?: Clock;
  /** Replaces the configured rate-limit store (docs/adr/0016). */
  rateLimiter?: RateLimiter;
}

/**
 * A reaction of one module to another's event, given the transaction the event happened in (and the transactional
 * APIs bound to it: offers closing with their organisation leave search in that transaction).
 * @public (the module contract; filled or used by each module)
 */
export type Reactions = {
  [E in keyof ContextEvents]?: (tx: Db, kit: TransactionKit) => (event: ContextEvents[E]) => Promise<void>;
};

/**
 * Announces an event to every module that reacts to it, in the current transaction.
 * @public (the module contract; filled or used by each module)
 */
export type EventPublisher = { [E in keyof ContextEvents]: (event: ContextEvents[E]) => Promise<void> };

/** What every unit of work hands its use case besides the module's own repositories. */
export type TransactionKit = Readonly<{ outbox: Outbox; events: EventPublisher; within: TransactionalApis }>;

/** What the root gives a module to build itself. */
export type ModuleKit = Readonly<{
  /** The database outside any transaction (reads, and the adapters that open their own). */
  db: Db;
  /**
   * Where searches and public reads go: the read replica when DATABASE_READ_URL is set, else `db`. A replica lags a
   * little: never read back your own write through it.
   */
  readDb: Db;
  config: Config;
  logger: Logger;
  /** The use cases' clock (tests move it); the job runner keeps the system clock. */
  clock: Clock;
  /** The one rate limiter of the service (docs/adr/0016): every context counts its buckets in the same store. */
  rateLimiter: RateLimiter;
  overrides: ServiceOverrides;
  /** The published APIs of the modules listed before this one. */
  apis: PublishedApis;
  /** One transaction per `run`, with the module's repositories built on it plus the outbox and events. */
  unitOfWork<R>(repositories: (tx: Db, kit: TransactionKit) => R): UnitOfWork<R & TransactionKit>;
}>;

/**
 * What the root gives a module's routes and pages.
 * @public (the module contract; filled or used by each module)
 */
export type HttpKit = Readonly<{
  /** Resolves the actor of a request (Bearer token or session cookie); routes behind it read `c.var.actor`. */
  auth: ActorMiddleware;
  /** The same for the website's /espace-pro pages: without a valid session, a redirect to the login page. */
  pageAuth: PageSessionMiddleware;
  logger: Logger;
  config: Config;
  apis: PublishedApis;
}>;

/** A router or a set of pages, whatever its Hono environment (a partner route carries its partner, …). */
// biome-ignore lint/suspicious/noExplicitAny: any environment and schema.
export type Router = OpenAPIHono<any, any, any>;

/**
 * What a module brings once built.
 * @public (the module contract; filled or used by each module)
 */
export type ContextParts<U, P> = Readonly<{
  /** Called by the module's routes and pages (and by HTTP tests). */
  useCases: U;
  /** Offered to the modules listed after this one (`kit.apis[name]`). */
  published?: P;
  /** Its published API bound to another module's transaction (`within[name]` there). */
  transactional?: (tx: Db, kit: TransactionKit) => unknown;
  /** Scheduled jobs, named `context:verb`. */
  jobs?: readonly Job[];
  /** Its keys of GET /dev/fixtures. */
  fixtures?: FixtureSource;
  /** Start-up work run at every start, after migrations (e.g. administrators' accounts). */
  startUp?: () => Promise<void>;
  /** Clearly labelled demo data, loaded at start-up when SEED_DEMO_DATA is on. */
  demoData?: () => Promise<void>;
}>;

/**
 * One bounded context as the composition root sees it: it declares everything it brings, and the root folds
 * over the list (src/composition/modules.ts). Adding a context = its own folders + one entry in that list.
 */
export type ContextModule<Name extends string, U, C extends RefusalCatalogue, P> = Readonly<{
  name: Name;
  build(kit: ModuleKit): ContextParts<U, P>;
  /** Routers and pages, mounted at "/" (their paths are absolute). */
  routes?(useCases: U, kit: HttpKit): readonly Router[];
  /**
   * Status and French text of each refusal its use cases return, typed `satisfies Catalogue<TheirUnion>` where it
   * is written (a missing code is a compile error there).
   */
  refusals: C;
  reactions?: Reactions;
}>;

/** Declares a module, keeping its precise types (for the UseCases and DomainError types derived from the list). */
export function defineModule<Name extends string, U, C extends RefusalCatalogue, P = undefined>(
  module: ContextModule<Name, U, C, P>,
): ContextModule<Name, U, C, P> {
  return module;
}

// biome-ignore lint/suspicious/noExplicitAny: any module, whatever its types.
export type AnyModule = ContextModule<string, any, any, any>;

/** A refusal catalogue of any refusal type. */
export type RefusalCatalogue = Readonly<Record<string, Presentation<never>>>;

export type UseCasesOf<M> = M extends { build(kit: ModuleKit): { useCases: infer U } } ? U : never;

/** The union of the refusals a module's catalogue presents. */
export type RefusalOf<M> = M extends { refusals: infer C }
  ? { [K in keyof C]: C[K] extends Presentation<infer E> ? (unknown extends E ? { code: K } : E) : never }[keyof C]
  : never;
