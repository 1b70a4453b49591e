import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBanGeocoder } from "../../src/adapters/ban/geocoder.ban.ts";
import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createCommuneCentroidGeocoder } from "../../src/adapters/memory/geocoder.communes.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { type BanStub, banFeature, startBanStub } from "../support/ban-stub.ts";
import { geocoderContract } from "./geocoder.contract.ts";
import { BAN_ANSWERS, boulevardDuPortAmiens, GEOCODER_COMMUNES, lesGrangesMontbrison } from "./geocoder-fixtures.ts";

let stub: BanStub;
beforeAll(async () => {
  stub = await startBanStub(BAN_ANSWERS);
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const ban = (options: { timeoutMs?: number; minScore?: number } = {}) =>
  createBanGeocoder({ baseUrl: `${stub.url}/`, timeoutMs: 2_000, retryBaseMs: 1, ...options });
const offline = () => createCommuneCentroidGeocoder(createMemoryCommuneReferential(GEOCODER_COMMUNES));

geocoderContract("offline, commune centroids", async () => {
  const geocoder = offline();
  return { geocoder, breakUpstream: () => geocoder.setUnavailable(true) };
});

geocoderContract("national address API (BAN), against a local stub", async () => ({
  geocoder: ban(),
  breakUpstream: () => stub.script({ status: 500 }, { status: 500 }, { status: 500 }),
}));

describe("BAN geocoder: requests and mapping", () => {
  it("GETs /search/ for the best match only, without autocompletion, asking for JSON", async () => {
    await ban().geocode("  12 rue Saint-Jean   69005 Lyon ");
    expect(stub.requests).toEqual([
      {
        path: "/search/",
        q: "12 rue Saint-Jean 69005 Lyon",
        limit: "1",
        autocomplete: "0",
        accept: "application/json",
      },
    ]);
  });

  it("maps a house number to the door, the arrondissement's INSEE code and the city", async () => {
    expect(await ban().geocode("12 rue Saint-Jean 69005 Lyon")).toEqual({
      label: "12 Rue Saint-Jean 69005 Lyon",
      street: "12 Rue Saint-Jean",
      postcode: "69005",
      city: "Lyon",
      insee: "69385",
      latitude: 45.762711,
      longitude: 4.827419,
      precision: "housenumber",
    });
  });

  it.each([
    ["Rue de la République, 69002 Lyon", "Rue de la République", "street"],
    ["Les Granges 42600 Montbrison", "Les Granges", "locality"],
    ["Saint-Étienne", null, "municipality"],
  ])("maps %s: address line %j, precision %s", async (query, street, precision) => {
    expect(await ban().geocode(query)).toMatchObject({ street, precision });
  });

  it("honours a lower minimum score", async () => {
    expect(await ban({ minScore: 0.4 }).geocode("8 bd du port")).toMatchObject({ city: "Amiens", insee: "80021" });
  });

  it("does not call the API for a query it would refuse", async () => {
    expect(await ban().geocode("ly")).toBeNull();
    expect(stub.requests).toHaveLength(0);
  });

  it("a best match without postcode counts as not found", async () => {
    const { postcode, ...properties } = lesGrangesMontbrison.properties;
    stub.script({
      status: 200,
      body: { type: "FeatureCollection", features: [{ ...lesGrangesMontbrison, properties }] },
    });
    expect(await ban().geocode("Les Granges 42600 Montbrison")).toBeNull();
  });
});

describe("BAN geocoder: failures and retries", () => {
  const query = "12 rue Saint-Jean 69005 Lyon";

  it.each([429, 503])("retries after a %i and answers", async (status) => {
    stub.script({ status });
    expect(await ban().geocode(query)).toMatchObject({ insee: "69385" });
    expect(stub.requests).toHaveLength(2);
  });

  it("retries after the Géoplateforme's HTML 429 page", async () => {
    stub.script({ status: 429, body: "<html><body><h1>Erreur 429</h1></body></html>" });
    expect(await ban().geocode(query)).toMatchObject({ insee: "69385" });
  });

  it("gives up after two retries: 500 three times is UpstreamUnavailable with the API's message", async () => {
    const body = { code: 500, message: "An unexpected error has occurred" };
    stub.script({ status: 500, body }, { status: 500, body }, { status: 500, body });
    await expect(ban().geocode(query)).rejects.toThrow("HTTP 500: An unexpected error has occurred");
    expect(stub.requests).toHaveLength(3);
  });

  it("does not wait for a Retry-After beyond its budget", async () => {
    stub.script({ status: 429, retryAfter: "60" });
    await expect(ban().geocode(query)).rejects.toThrow("HTTP 429");
    expect(stub.requests).toHaveLength(1);
  });

  it("an answer slower than the timeout is UpstreamUnavailable", async () => {
    stub.script({ delayMs: 500 });
    await expect(ban({ timeoutMs: 100 }).geocode(query)).rejects.toThrow(UpstreamUnavailable);
  });

  it("a 400 (a request the API cannot parse) is UpstreamUnavailable with its detail, without retry", async () => {
    stub.script({ status: 400, body: { code: 400, message: "Failed parsing query", detail: ["q: too long"] } });
    await expect(ban().geocode(query)).rejects.toThrow("HTTP 400: Failed parsing query (q: too long)");
    expect(stub.requests).toHaveLength(1);
  });

  it.each([
    ["not a FeatureCollection", { type: "Feature" }],
    ["an unknown result type", { type: "FeatureCollection", features: [withProperty("type", "poi")] }],
    ["a citycode that is no INSEE code", { type: "FeatureCollection", features: [withProperty("citycode", "8O021")] }],
    ["coordinates out of range", { type: "FeatureCollection", features: [banFeature([2.29, 149.9], props())] }],
  ])("a body with %s is UpstreamUnavailable", async (_case, body) => {
    stub.script({ status: 200, body });
    await expect(ban({ minScore: 0 }).geocode("8 bd du port")).rejects.toThrow("unexpected body");
  });

  it("an unreachable API is UpstreamUnavailable", async () => {
    const down = createBanGeocoder({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1_000 });
    await expect(down.geocode(query)).rejects.toThrow(UpstreamUnavailable);
  });
});

function props(): Record<string, unknown> {
  return { ...boulevardDuPortAmiens.properties };
}

function withProperty(name: string, value: unknown) {
  return { ...boulevardDuPortAmiens, properties: { ...props(), [name]: value } };
}
