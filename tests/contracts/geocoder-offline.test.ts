import { beforeAll, describe, expect, it } from "vitest";
import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createCommuneCentroidGeocoder } from "../../src/adapters/memory/geocoder.communes.ts";
import { loadReferentialFiles } from "../../src/adapters/referential-data/load-referential-files.ts";
import type { Geocoder } from "../../src/application/geocoding/ports.ts";
import { GEOCODER_COMMUNES } from "./geocoder-fixtures.ts";

/** How the offline geocoder reads a query: what the contract cannot ask of the national address API's stub. */
describe("offline geocoder: reading the query", () => {
  const geocoder = createCommuneCentroidGeocoder(createMemoryCommuneReferential(GEOCODER_COMMUNES));
  const geocode = (query: string) => geocoder.geocode(query);

  it.each([
    ["12 rue Saint-Jean, Lyon 69005", "12 rue Saint-Jean", "69005", "69385"],
    ["12 rue Saint-Jean 69005 LYON CEDEX 05", "12 rue Saint-Jean", "69005", "69385"],
    ["12 rue Saint-Jean Lyon", "12 rue Saint-Jean", "69001", "69123"],
    ["12 rue de Paris, Lyon", "12 rue de Paris", "69001", "69123"],
    ["12 rue Saint-Jean, 69005 Lyon, France", "12 rue Saint-Jean", "69005", "69385"],
    ["12 avenue Berthelot 69289 Lyon Cedex 02", "12 avenue Berthelot", "69001", "69123"],
    ["69005", null, "69005", "69385"],
    ["Paris", null, "75001", "75056"],
  ])("%s → address line %j, %s, INSEE %s", async (query, street, postcode, insee) => {
    expect(await geocode(query)).toMatchObject({ street, postcode, insee, precision: "municipality" });
  });

  it("answers the commune's centroid, as the label the commune's name", async () => {
    expect(await geocode("12 rue Saint-Jean 69005 Lyon")).toEqual({
      label: "12 rue Saint-Jean 69005 Lyon",
      street: "12 rue Saint-Jean",
      postcode: "69005",
      city: "Lyon",
      insee: "69385",
      latitude: 45.75603,
      longitude: 4.80117,
      precision: "municipality",
    });
  });

  it("trusts the postcode over a city name that does not match it", async () => {
    expect(await geocode("12 rue Saint-Jean 69005 Marseille")).toMatchObject({ city: "Lyon", insee: "69385" });
  });

  it("takes the most populous of homonyms without postcode, the right one with it", async () => {
    expect(await geocode("Saint-Denis")).toMatchObject({ insee: "97411", postcode: "97400" });
    expect(await geocode("1 place Victor Hugo 93200 Saint-Denis")).toMatchObject({ insee: "93066" });
  });

  it.each([
    ["a street named after a city, without city", "12 rue de Lyon"],
    ["an unknown postcode without city", "12 rue Saint-Jean 99999"],
    ["a commune without postcode", "Archipel des Kerguelen"],
    ["a misspelt commune without postcode", "12 rue Saint-Jean Lyonn"],
  ])("answers null for %s (%s)", async (_case, query) => {
    expect(await geocode(query)).toBeNull();
  });
});

describe("offline geocoder on the shipped referential (COG 2026, 35,000 communes)", () => {
  let geocoder: Geocoder;
  beforeAll(async () => {
    const data = await loadReferentialFiles();
    geocoder = createCommuneCentroidGeocoder(createMemoryCommuneReferential(data.communes.items));
  });

  it.each([
    ["12 rue Saint-Jean 69005 Lyon", "69385", "Lyon"],
    ["40 rue de la Convention 75015 Paris", "75115", "Paris"],
    ["10 La Canebière 13001 Marseille", "13201", "Marseille"],
    ["3 place de l'Hôtel de Ville 42000 Saint-Étienne", "42218", "Saint-Étienne"],
    ["Mairie, Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson", "51513", "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson"],
    ["5 rue du Général de Gaulle 20000 Ajaccio", "2A004", "Ajaccio"],
  ])("%s → INSEE %s, %s", async (query, insee, city) => {
    expect(await geocoder.geocode(query)).toMatchObject({ insee, city, precision: "municipality" });
  });
});
