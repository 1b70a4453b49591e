import { beforeEach, describe, expect, it } from "vitest";
import type { Geocoder } from "../../src/application/geocoding/ports.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { GEOCODING_PRECISIONS, type GeocodedAddress } from "../../src/domain/geocoding/geocoded-address.ts";
import { normaliseSearchText } from "../../src/domain/shared/search-text.ts";

/**
 * A geocoder knowing the addresses and communes of ./geocoder-fixtures.ts, and a way to make it fail for good.
 * Both sides agree on the commune, postcode, address line and label; the point may differ (the door or the
 * commune's centroid) but stays within a few kilometres of the commune, and `precision` says which it is.
 */
type GeocoderHarness = Readonly<{ geocoder: Geocoder; breakUpstream: () => void }>;

export type GeocoderFactory = () => Promise<GeocoderHarness>;

type Place = Readonly<{ latitude: number; longitude: number }>;
const LYON_5E: Place = { latitude: 45.75603, longitude: 4.80117 };
const LYON_2E: Place = { latitude: 45.74637, longitude: 4.82649 };
const PARIS_15E: Place = { latitude: 48.84165, longitude: 2.29372 };
const SAINT_ETIENNE: Place = { latitude: 45.4241, longitude: 4.3665 };

/** Great-circle distance (haversine, mean Earth radius 6,371 km). */
function kilometresBetween(a: Place, b: Place): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

type Expected = Readonly<{ street: string | null; postcode: string; city: string; insee: string; near: Place }>;

function expectAddress(found: GeocodedAddress | null, expected: Expected): void {
  expect(found).not.toBeNull();
  const address = found as GeocodedAddress;
  const { street, postcode, city, insee } = address;
  expect({ street: street && normaliseSearchText(street), postcode, city, insee }).toEqual({
    street: expected.street,
    postcode: expected.postcode,
    city: expected.city,
    insee: expected.insee,
  });
  expect(address.label).toBe(street ? `${street} ${postcode} ${city}` : city);
  expect(GEOCODING_PRECISIONS).toContain(address.precision);
  expect(kilometresBetween(address, expected.near)).toBeLessThan(5);
}

const ADDRESSES: readonly (readonly [string, Expected])[] = [
  [
    "12 rue Saint-Jean 69005 Lyon",
    { street: "12 rue saint jean", postcode: "69005", city: "Lyon", insee: "69385", near: LYON_5E },
  ],
  [
    "12 rue Saint-Jean 69005",
    { street: "12 rue saint jean", postcode: "69005", city: "Lyon", insee: "69385", near: LYON_5E },
  ],
  [
    "Rue de la République, 69002 Lyon",
    { street: "rue de la republique", postcode: "69002", city: "Lyon", insee: "69382", near: LYON_2E },
  ],
  [
    "40 rue de la Convention 75015 Paris",
    { street: "40 rue de la convention", postcode: "75015", city: "Paris", insee: "75115", near: PARIS_15E },
  ],
  [
    "3 place de l'Hôtel de Ville 42000 Saint-Étienne",
    {
      street: "3 place de l hotel de ville",
      postcode: "42000",
      city: "Saint-Étienne",
      insee: "42218",
      near: SAINT_ETIENNE,
    },
  ],
];

export function geocoderContract(name: string, factory: GeocoderFactory): void {
  describe(`Geocoder contract — ${name}`, () => {
    let harness: GeocoderHarness;
    beforeEach(async () => {
      harness = await factory();
    });

    it.each(ADDRESSES)("geocodes %s in its commune (the arrondissement in Paris, Lyon, Marseille)", async (q, e) => {
      expectAddress(await harness.geocoder.geocode(q), e);
    });

    it("geocodes a commune alone to the commune, with its main postcode and no address line", async () => {
      const found = await harness.geocoder.geocode("Saint-Étienne");
      expectAddress(found, {
        street: null,
        postcode: "42000",
        city: "Saint-Étienne",
        insee: "42218",
        near: SAINT_ETIENNE,
      });
      expect(found?.precision).toBe("municipality");
    });

    it.each([
      ["no match", "xqzw plouf"],
      ["only a doubtful match", "8 bd du port"],
    ])("answers null for %s (%s)", async (_case, query) => {
      expect(await harness.geocoder.geocode(query)).toBeNull();
    });

    it.each(["", "  ", "ly", "--", "x".repeat(201)])(
      "answers null for a query that cannot be an address: %j",
      async (q) => {
        expect(await harness.geocoder.geocode(q)).toBeNull();
      },
    );

    it("throws UpstreamUnavailable when the geocoding service cannot answer", async () => {
      harness.breakUpstream();
      await expect(harness.geocoder.geocode("12 rue Saint-Jean 69005 Lyon")).rejects.toThrow(UpstreamUnavailable);
    });
  });
}
