import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDemoPartnerOfferSource } from "../../src/adapters/france-travail/demo-partner-offers.ts";
import { createFranceTravailPartnerOfferSource } from "../../src/adapters/france-travail/partner-offer-source.france-travail.ts";
import { createMemoryPartnerOfferSource } from "../../src/adapters/memory/partner-offer-source.memory.ts";
import { PartnerOffersUnavailable } from "../../src/application/partner-offer/ports.ts";
import { type FranceTravailStub, STUB_CLIENT, startFranceTravailStub } from "../support/france-travail-stub.ts";
import { aFranceTravailOffer } from "../support/partner-offer-builders.ts";
import { mappedContent, partnerOfferSourceContract } from "./partner-offer-source.contract.ts";

let stub: FranceTravailStub;
beforeAll(async () => {
  stub = await startFranceTravailStub();
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const franceTravail = () =>
  createFranceTravailPartnerOfferSource({
    apiUrl: stub.url,
    tokenUrl: stub.tokenUrl,
    ...STUB_CLIENT,
    timeoutMs: 5_000,
    maxRetries: 1,
    retryBaseMs: 10,
    requestsPerSecond: 50,
    departements: ["69", "75"],
  });

partnerOfferSourceContract("in-memory scripted batches", async (offers) => {
  const source = createMemoryPartnerOfferSource([
    offers.slice(0, 2).map(mappedContent),
    offers.slice(2).map(mappedContent),
  ]);
  return { source, breakAfterFirstBatch: () => source.failAtBatch(1) };
});

partnerOfferSourceContract("France Travail API, against a local stub", async (offers) => {
  stub.setOffers(offers);
  return { source: franceTravail(), breakAfterFirstBatch: () => stub.failFrom(503) };
});

const directory = mkdtempSync(join(tmpdir(), "partner-offers-"));
let files = 0;
partnerOfferSourceContract(
  "offline demo file (JSON lines, gzipped)",
  async (offers) => {
    const path = join(directory, `offers-${++files}.jsonl.gz`);
    writeFileSync(path, gzipSync(offers.map((offer) => JSON.stringify(offer)).join("\n")));
    return { source: createDemoPartnerOfferSource(path), breakAfterFirstBatch: null };
  },
  false,
);

async function idsOf(source: ReturnType<typeof franceTravail>) {
  const ids: string[] = [];
  for await (const batch of source.batches()) ids.push(...batch.offers.map((offer) => offer.id));
  return ids;
}

describe("France Travail adapter: the wire protocol", () => {
  it("asks for each département and nature in ranges of 150 with a bearer token", async () => {
    stub.setOffers(Array.from({ length: 160 }, (_, n) => aFranceTravailOffer(n)));
    expect(new Set(await idsOf(franceTravail())).size).toBe(160);
    const asked = stub.requests.map(({ params }) => `${params.departement} ${params.natureContrat} ${params.range}`);
    expect(asked).toEqual(["69 E2 0-149", "69 FS 0-149", "75 E2 0-149", "75 E2 150-299", "75 FS 0-149"]);
    expect(stub.tokenRequests).toEqual([
      expect.objectContaining({ grant_type: "client_credentials", scope: "api_offresdemploiv2 o2dsoffre" }),
    ]);
  });

  it("splits a query by creation-date windows when its total passes the 3,150 positions one query reaches", async () => {
    stub.setOffers(Array.from({ length: 3_400 }, (_, n) => aFranceTravailOffer(n)));
    const ids = await idsOf(franceTravail());
    expect(new Set(ids).size).toBe(3_400);
    const windowed = stub.requests.filter(({ params }) => params.minCreationDate !== undefined);
    expect(windowed.length).toBeGreaterThan(0);
    expect(stub.requests.every(({ status }) => status !== 400)).toBe(true);
  });

  it("waits out a 429 as Retry-After says, and fetches a new token once when the API refuses the old one", async () => {
    stub.setOffers([aFranceTravailOffer(1)]);
    stub.script("429", "expire-tokens");
    expect(await idsOf(franceTravail())).toEqual([aFranceTravailOffer(1).id]);
    expect(stub.requests.map(({ status }) => status)).toEqual([429, 401, 204, 204, 200, 204]);
    expect(stub.tokenRequests).toHaveLength(2);
  });

  it("throws PartnerOffersUnavailable when the 429s outlast its retries, or the credentials are refused", async () => {
    stub.script("429", "429", "429");
    await expect(idsOf(franceTravail())).rejects.toThrow(PartnerOffersUnavailable);
    const refused = createFranceTravailPartnerOfferSource({
      apiUrl: stub.url,
      tokenUrl: stub.tokenUrl,
      clientId: "someone",
      clientSecret: "wrong",
      timeoutMs: 1_000,
    });
    await expect(idsOf(refused)).rejects.toThrow(PartnerOffersUnavailable);
  });

  it("throws PartnerOffersUnavailable when nothing listens", async () => {
    const source = createFranceTravailPartnerOfferSource({
      apiUrl: "http://127.0.0.1:9",
      tokenUrl: "http://127.0.0.1:9/token",
      ...STUB_CLIENT,
      timeoutMs: 500,
    });
    await expect(idsOf(source)).rejects.toThrow(PartnerOffersUnavailable);
  });
});

describe("offline demo file", () => {
  it("yields nothing when the file does not exist yet", async () => {
    const source = createDemoPartnerOfferSource(join(directory, "missing.jsonl.gz"));
    for await (const _ of source.batches()) throw new Error("a batch came");
  });

  it("counts the lines it cannot use and keeps the others", async () => {
    const path = join(directory, "mixed.jsonl.gz");
    const lines = [JSON.stringify(aFranceTravailOffer(1)), "{not json", JSON.stringify({ id: "X" })];
    writeFileSync(path, gzipSync(lines.join("\n")));
    const batches = [];
    for await (const batch of createDemoPartnerOfferSource(path).batches()) batches.push(batch);
    expect(batches).toEqual([{ offers: [mappedContent(aFranceTravailOffer(1))], rejected: 2, total: null }]);
  });
});
