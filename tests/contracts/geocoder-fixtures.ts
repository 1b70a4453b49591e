import type { Commune } from "../../src/domain/referential/commune.ts";
import { type BanWireFeature, banFeature, banQueryKey } from "../support/ban-stub.ts";
import { aCommune } from "../support/referential-builders.ts";

/**
 * What both geocoders know, from one source: the communes of the offline geocoder (COG 2026 rows as shipped in
 * data/referential) and the national address API's answers replayed by the stub (its wire format; coordinates and
 * Lambert-93 x/y consistent, ids and scores realistic but made up).
 */
const commune = (insee: string, name: string, postcodes: string[], population: number, lat: number, lon: number) =>
  aCommune({ insee, name, postcodes, population, latitude: lat, longitude: lon });
const arrondissement = (insee: string, name: string, postcode: string, population: number, lat: number, lon: number) =>
  aCommune({ insee, name, kind: "arrondissement", postcodes: [postcode], population, latitude: lat, longitude: lon });

const LYON_POSTCODES = ["69001", "69002", "69003", "69004", "69005", "69006", "69007", "69008", "69009"];
const PARIS_POSTCODES = Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, "0")}`).concat("75116");

export const GEOCODER_COMMUNES: readonly Commune[] = [
  commune("69123", "Lyon", LYON_POSTCODES, 519127, 45.758, 4.8351),
  arrondissement("69382", "Lyon 2e Arrondissement", "69002", 29981, 45.74637, 4.82649),
  arrondissement("69385", "Lyon 5e Arrondissement", "69005", 47777, 45.75603, 4.80117),
  commune("75056", "Paris", PARIS_POSTCODES, 2103778, 48.8589, 2.347),
  arrondissement("75115", "Paris 15e Arrondissement", "75015", 229713, 48.84165, 2.29372),
  commune("42218", "Saint-Étienne", ["42000", "42100", "42230"], 173136, 45.4241, 4.3665),
  commune("42147", "Montbrison", ["42600"], 16123, 45.6016, 4.0719),
  commune("80021", "Amiens", ["80000", "80080", "80090"], 136449, 49.8987, 2.2847),
  commune("93066", "Saint-Denis", ["93200", "93210", "93380"], 149077, 48.9378, 2.3657),
  commune("97411", "Saint-Denis", ["97400", "97417", "97490"], 155634, -20.9434, 55.4444),
  aCommune({ insee: "98412", name: "Archipel des Kerguelen", postcodes: [], latitude: -49.35, longitude: 70.22 }),
];

const LYON_CONTEXT = "69, Rhône, Auvergne-Rhône-Alpes";
const LOIRE_CONTEXT = "42, Loire, Auvergne-Rhône-Alpes";

const rueSaintJean = (score: number) =>
  banFeature([4.827419, 45.762711], {
    label: "12 Rue Saint-Jean 69005 Lyon",
    score,
    housenumber: "12",
    id: "69385_6530_00012",
    banId: "5b0e1c52-8f3a-4c57-9d51-0f6f3e2a7c11",
    name: "12 Rue Saint-Jean",
    postcode: "69005",
    citycode: "69385",
    x: 842026.51,
    y: 6519766.33,
    city: "Lyon",
    district: "Lyon 5e Arrondissement",
    context: LYON_CONTEXT,
    type: "housenumber",
    importance: 0.70584,
    street: "Rue Saint-Jean",
    _type: "address",
  });

const rueDeLaRepublique = banFeature([4.835659, 45.760523], {
  label: "Rue de la République 69002 Lyon",
  score: 0.9412,
  id: "69382_5925",
  banId: "c2d4a7e0-3b1f-4e8a-a6c9-7d2e5f0b9a34",
  name: "Rue de la République",
  postcode: "69002",
  citycode: "69382",
  x: 842672.45,
  y: 6519538.27,
  city: "Lyon",
  district: "Lyon 2e Arrondissement",
  context: LYON_CONTEXT,
  type: "street",
  importance: 0.72811,
  street: "Rue de la République",
  _type: "address",
});

const rueDeLaConvention = banFeature([2.286014, 48.841849], {
  label: "40 Rue de la Convention 75015 Paris",
  score: 0.9653,
  housenumber: "40",
  id: "75115_2354_00040",
  banId: "7e6a9d13-2c4b-4f0e-8b7a-1a3c5e9d2f60",
  name: "40 Rue de la Convention",
  postcode: "75015",
  citycode: "75115",
  x: 647598.06,
  y: 6860436.98,
  city: "Paris",
  district: "Paris 15e Arrondissement",
  context: "75, Paris, Île-de-France",
  type: "housenumber",
  importance: 0.77352,
  street: "Rue de la Convention",
  _type: "address",
});

const hotelDeVilleSaintEtienne = banFeature([4.387216, 45.439616], {
  label: "3 Place de l'Hôtel de Ville 42000 Saint-Étienne",
  score: 0.9581,
  housenumber: "3",
  id: "42218_3380_00003",
  banId: "a91f0c2e-6d7b-4b38-9e15-4c8d2b7f6a05",
  name: "3 Place de l'Hôtel de Ville",
  postcode: "42000",
  citycode: "42218",
  x: 808448.44,
  y: 6483194.99,
  city: "Saint-Étienne",
  context: LOIRE_CONTEXT,
  type: "housenumber",
  importance: 0.69214,
  street: "Place de l'Hôtel de Ville",
  _type: "address",
});

const saintEtienne = banFeature([4.3872, 45.4397], {
  label: "Saint-Étienne",
  score: 0.9612,
  id: "42218",
  banId: "f3b8e2a1-9c4d-4a6e-b0f7-2e5d8c1a9b43",
  name: "Saint-Étienne",
  postcode: "42000",
  citycode: "42218",
  x: 808447.03,
  y: 6483204.3,
  city: "Saint-Étienne",
  context: LOIRE_CONTEXT,
  type: "municipality",
  importance: 0.75318,
  population: 173136,
  municipality: "Saint-Étienne",
  _type: "address",
});

/** The API documentation's own example: its best match scores 0.49, a house in Amiens among many "bd du port". */
export const boulevardDuPortAmiens = banFeature([2.290084, 49.897443], {
  label: "8 Boulevard du Port 80000 Amiens",
  score: 0.49159121588068583,
  housenumber: "8",
  id: "80021_6590_00008",
  name: "8 Boulevard du Port",
  postcode: "80000",
  citycode: "80021",
  x: 648952.58,
  y: 6977867.25,
  city: "Amiens",
  context: "80, Somme, Hauts-de-France",
  type: "housenumber",
  importance: 0.6466,
  street: "Boulevard du Port",
  _type: "address",
});

export const lesGrangesMontbrison = banFeature([4.051873, 45.610241], {
  label: "Les Granges 42600 Montbrison",
  score: 0.8734,
  id: "42147_b017",
  name: "Les Granges",
  postcode: "42600",
  citycode: "42147",
  x: 781981.71,
  y: 6501736.86,
  city: "Montbrison",
  context: LOIRE_CONTEXT,
  type: "locality",
  importance: 0.52263,
  _type: "address",
});

export const BAN_ANSWERS: Readonly<Record<string, readonly BanWireFeature[]>> = Object.fromEntries(
  (
    [
      ["12 rue Saint-Jean 69005 Lyon", [rueSaintJean(0.9736)]],
      ["12 rue Saint-Jean 69005", [rueSaintJean(0.8812)]],
      ["Rue de la République, 69002 Lyon", [rueDeLaRepublique]],
      ["40 rue de la Convention 75015 Paris", [rueDeLaConvention]],
      ["3 place de l'Hôtel de Ville 42000 Saint-Étienne", [hotelDeVilleSaintEtienne]],
      ["Saint-Étienne", [saintEtienne]],
      ["8 bd du port", [boulevardDuPortAmiens]],
      ["Les Granges 42600 Montbrison", [lesGrangesMontbrison]],
    ] as const
  ).map(([query, features]) => [banQueryKey(query), features]),
);
