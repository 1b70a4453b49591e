import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { DatabaseHandle, Db } from "../../src/adapters/postgres/database.ts";
import { createPgOrganisationRepository } from "../../src/adapters/postgres/identity/organisations.postgres.ts";
import { createPgOutbox } from "../../src/adapters/postgres/messaging/outbox.postgres.ts";
import {
  createPgOfferActionLinkRepository,
  createPgOfferShareRepository,
} from "../../src/adapters/postgres/offer/offer-action-links.postgres.ts";
import { createPgOfferRepository } from "../../src/adapters/postgres/offer/offers.postgres.ts";
import { offerActionLinks, offerCfaShares, offers, outboxMessages } from "../../src/adapters/postgres/schema.ts";
import { createPgUnitOfWork } from "../../src/adapters/postgres/unit-of-work.postgres.ts";
import { createTextSealer } from "../../src/adapters/system/text-sealer.webcrypto.ts";
import { DEFAULT_OFFER_SETTINGS, type OfferRepos, offerJobs } from "../../src/application/offer/index.ts";
import { extendOffer } from "../../src/application/offer/manage-offer.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import { DAY_MS, later } from "../domain/offer/builders.ts";
import { anOrganisation } from "../support/identity-builders.ts";
import { anOffer } from "../support/offer-builders.ts";
import { companyActor } from "../support/offer-fakes.ts";
import { aTestClock } from "../support/test-clock.ts";
import { createTestDatabase } from "../support/test-database.ts";

/**
 * issue 9 §4: the expiry job and a concurrent extension cannot undo each other. On PostgreSQL (DATABASE_URL) the
 * two run as interleaved transactions: one has read the offer and waits to write while the other commits. PGlite
 * runs one transaction at a time, so there the extension commits between the job's listing and its own
 * transaction, and a stale write is tried on the committed state (tests/support/test-database.ts).
 */
const onPostgres = inject("templateDatabaseUrl") !== null;

let database: DatabaseHandle;
const organisationId = companyActor.organisations[0]?.id ?? "";
beforeAll(async () => {
  database = await createTestDatabase();
  await createPgOrganisationRepository(database.db).create(anOrganisation(organisationId, { siret: "99100001900125" }));
});
afterAll(() => database.close());

const sealer = createTextSealer("a test secret for sealed outbox bodies");
const bind = (tx: Db): OfferRepos => ({
  offers: createPgOfferRepository(tx),
  offerActionLinks: createPgOfferActionLinkRepository(tx),
  offerShares: createPgOfferShareRepository(tx),
  outbox: createPgOutbox(tx, sealer),
  offerLifecycle: { offerFilled: async () => {} },
});

/** A point a transaction stops at until the test lets it go on. */
function aGate() {
  let reach = () => {};
  let release = () => {};
  const reached = new Promise<void>((resolve) => {
    reach = resolve;
  });
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { reached, released, reach, release };
}

/** Repositories whose offer write waits at the gate: the transaction has read, decided, and not yet written. */
function stoppingBeforeTheWrite(gate: ReturnType<typeof aGate>): UnitOfWork<OfferRepos> {
  return createPgUnitOfWork(database.db, (tx) => {
    const repos = bind(tx);
    const update: OfferRepos["offers"]["update"] = async (offer) => {
      gate.reach();
      await gate.released;
      return repos.offers.update(offer);
    };
    return { ...repos, offers: { ...repos.offers, update } };
  });
}

/** A unit of work whose second transaction waits at the gate (the job listed the due offers in the first). */
function stoppingBeforeTheSecondTransaction(gate: ReturnType<typeof aGate>): UnitOfWork<OfferRepos> {
  const plain = createPgUnitOfWork(database.db, bind);
  let runs = 0;
  return {
    async run(work) {
      if (++runs === 2) {
        gate.reach();
        await gate.released;
      }
      return plain.run(work);
    },
  };
}

const clock = aTestClock();
const settings = {
  rules: DEFAULT_OFFER_SETTINGS,
  publicUrl: "https://lba.test",
  extendLinkDays: 45,
  cfaContactLinkDays: 30,
  nearbyCfaRadiusKm: 100,
  nearbyCfaLimit: 20,
};
let sequence = 0;
const write = (unitOfWork: UnitOfWork<OfferRepos>) => ({
  unitOfWork,
  clock,
  ids: { next: () => `id-${++sequence}` },
  secrets: { randomBytes: (length: number) => crypto.getRandomValues(new Uint8Array(length)) },
  settings,
});
const expiry = (unitOfWork: UnitOfWork<OfferRepos>) =>
  offerJobs(write(unitOfWork))[0]?.run as (now: Date) => Promise<unknown>;
const extension = (unitOfWork: UnitOfWork<OfferRepos>) => extendOffer(write(unitOfWork));

const stored = async () => (await createPgOfferRepository(database.db).findById("offer-1")) ?? undefined;
const expiryEmails = async () =>
  (await database.db.select().from(outboxMessages)).filter((row) => row.idempotencyKey.startsWith("offer-expired/"));

beforeEach(async () => {
  for (const table of [offerCfaShares, offerActionLinks, offers, outboxMessages]) await database.db.delete(table);
  await createPgOfferRepository(database.db).insert(anOffer("offer-1", { organisationId }));
  clock.set(later(30)); // the offer's expiry instant
});

describe(`the expiry job and an extension (${onPostgres ? "interleaved transactions" : "PGlite: serialised"})`, () => {
  it("an extension committed while the job is about to expire the offer wins; the job writes nothing", async () => {
    const gate = aGate();
    const unitOfWork = onPostgres ? stoppingBeforeTheWrite(gate) : stoppingBeforeTheSecondTransaction(gate);
    const job = expiry(unitOfWork)(clock.now());
    await gate.reached;
    const extended = await extension(createPgUnitOfWork(database.db, bind))({
      actor: companyActor,
      offerId: "offer-1",
    });
    expect(extended).toMatchObject({ ok: true, value: { lifeNumber: 2 } });
    gate.release();
    expect(await job).toEqual({ expired: 0 });
    expect(await stored()).toMatchObject({
      status: "active",
      lifeNumber: 2,
      version: 2,
      expiresAt: new Date(later(30).getTime() + 30 * DAY_MS),
    });
    expect(await expiryEmails()).toEqual([]);
  });

  it("an extension decided on the offer before the job expired it is refused (CONFLICT), then succeeds", async () => {
    const offers = createPgOfferRepository(database.db);
    if (onPostgres) {
      const gate = aGate();
      const late = extension(stoppingBeforeTheWrite(gate))({ actor: companyActor, offerId: "offer-1" });
      await gate.reached;
      expect(await expiry(createPgUnitOfWork(database.db, bind))(clock.now())).toEqual({ expired: 1 });
      gate.release();
      expect(await late).toEqual({ ok: false, error: { code: "CONFLICT", entity: "offer", id: "offer-1" } });
    } else {
      const read = await stored();
      expect(await expiry(createPgUnitOfWork(database.db, bind))(clock.now())).toEqual({ expired: 1 });
      const decided = { ...(read as NonNullable<typeof read>), lifeNumber: 2, expiresAt: later(60) };
      expect(await offers.update(decided)).toBe("conflict");
    }
    expect(await stored()).toMatchObject({ status: "expired", lifeNumber: 1, version: 2 });
    expect(await expiryEmails()).toHaveLength(1);
    const retried = await extension(createPgUnitOfWork(database.db, bind))({ actor: companyActor, offerId: "offer-1" });
    expect(retried).toMatchObject({ ok: true, value: { status: "active", lifeNumber: 2, version: 3 } });
  });
});
