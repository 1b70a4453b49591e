import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import { offers } from "../../src/adapters/postgres/schema.ts";
import { createPgSearchIndex } from "../../src/adapters/postgres/search/search-index.postgres.ts";
import { openConfiguredDatabase } from "../../src/composition-root.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import type { SearchEntry } from "../../src/domain/search/search-entry.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import { bearer, createIdentityTestApp } from "../support/identity-app.ts";
import {
  BAKERY_NAME,
  offersFoundAroundLyon,
  publishAnOffer,
  searchAroundLyon,
  signUpTheDemoBakery,
} from "../support/offer-search-app.ts";

/**
 * README "Reads on a replica": with DATABASE_READ_URL, searches and public reads go to that server and writes stay
 * on DATABASE_URL. Shown on PostgreSQL only (PGlite has no replica): once with the two variables on two different
 * copies of the test template, so a read's server can be told from a write's; once on the same database, as a
 * deployment whose replica has caught up.
 */
const templateUrl = inject("templateDatabaseUrl");

const opened: DatabaseHandle[] = [];
const dropped: string[] = [];
afterAll(async () => {
  for (const handle of opened) await handle.close();
  if (!templateUrl || dropped.length === 0) return;
  const admin = postgres(adminUrl(templateUrl), { max: 1, onnotice: () => {} });
  for (const name of dropped) await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
});

function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  return admin.toString();
}

/** A new database in the template's state (migrated, reference data), and its URL. */
async function copyOfTheTemplate(template: string): Promise<string> {
  const url = new URL(template);
  const name = `lba_replica_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(adminUrl(template), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${url.pathname.slice(1)}"`);
  await admin.end();
  dropped.push(name);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The service as `npm start` opens it from these two variables. */
async function serviceOn(databaseUrl: string, readUrl: string) {
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATABASE_READ_URL: readUrl });
  const handle = await openConfiguredDatabase(config);
  opened.push(handle);
  const world = await createIdentityTestApp(handle, { DATABASE_URL: databaseUrl, DATABASE_READ_URL: readUrl });
  return { handle, world };
}

/** An offer of another service, in Lyon: written straight into a read model. */
const ENTRY_ONLY_ON_THE_REPLICA: SearchEntry = {
  kind: "offer",
  id: "offer-only-on-the-replica",
  title: "Boulanger / Boulangère",
  romeCodes: ["D1102" as RomeCode],
  companyName: "Fournil de la réplique",
  place: { city: "Lyon", postcode: "69001", latitude: 45.767, longitude: 4.834 },
  diplomaLevel: null,
  contractTypes: ["apprentissage"],
  createdAt: new Date("2026-11-01T08:00:00Z"),
  importRank: null,
  expiresAt: null,
  canApply: true,
  applyUrl: null,
  phone: null,
  website: null,
};

describe("DATABASE_READ_URL without DATABASE_URL", () => {
  it("stops the start-up: PGlite has no replica", () => {
    expect(() => loadConfig({ DATABASE_READ_URL: "postgres://postgres@127.0.0.1:5432/replica" })).toThrow(ConfigError);
  });
});

// Declared only when the run has a PostgreSQL server (as tests/http/database-outage.test.ts): never a skipped test.
if (templateUrl) {
  describe("reads on a replica (PostgreSQL)", () => {
    it("searches and reads offers publicly on DATABASE_READ_URL, writes on DATABASE_URL", async () => {
      const template = templateUrl;
      const { handle, world } = await serviceOn(await copyOfTheTemplate(template), await copyOfTheTemplate(template));
      const replica = handle.readDb;
      if (!replica) throw new Error("no read pool opened");
      await createPgSearchIndex(replica).put([ENTRY_ONLY_ON_THE_REPLICA]);

      // The search reads the replica: it finds what only the replica holds.
      expect(await offersFoundAroundLyon(world.app)).toEqual([ENTRY_ONLY_ON_THE_REPLICA.id]);

      // A sign-up and an offer land on the primary, and only there (this "replica" never catches up).
      const { accessToken } = await signUpTheDemoBakery(world.app, "recrutement@primaire.fr");
      const offer = await publishAnOffer(world.app, accessToken);
      expect((await handle.db.select({ id: offers.id }).from(offers)).map((row) => row.id)).toEqual([offer.id]);
      expect(await replica.select({ id: offers.id }).from(offers)).toEqual([]);
      expect(await offersFoundAroundLyon(world.app)).toEqual([ENTRY_ONLY_ON_THE_REPLICA.id]);
      // The public view reads the replica; the recruiter's console, the primary.
      expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(404);
      const console = await world.app.request(`/api/v1/console/offers/${offer.id}`, { headers: bearer(accessToken) });
      expect(console.status).toBe(200);
    });

    it("works end to end with both variables on the same database", async () => {
      const url = await copyOfTheTemplate(templateUrl);
      const { world } = await serviceOn(url, url);
      const { accessToken } = await signUpTheDemoBakery(world.app, "recrutement@meme-base.fr");
      const offer = await publishAnOffer(world.app, accessToken);
      expect(await searchAroundLyon(world.app)).toEqual([
        expect.objectContaining({ id: offer.id, companyName: BAKERY_NAME }),
      ]);
      expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(200);
      const closing = { method: "POST", headers: { ...bearer(accessToken), "content-type": "application/json" } };
      const closed = await world.app.request(`/api/v1/offers/${offer.id}/close`, {
        ...closing,
        body: JSON.stringify({ outcome: "filled" }),
      });
      expect(closed.status).toBe(200);
      expect(await offersFoundAroundLyon(world.app)).toEqual([]);
      expect((await world.app.request(`/api/v1/offers/${offer.id}`)).status).toBe(404);
    });
  });
}
