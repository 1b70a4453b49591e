/** How much to generate. `demo` backs `npm start` (committed, small); `lba2025` is the public service's 2025 volume. */
export type Scale = Readonly<{
  name: ScaleName;
  companies: number;
  partnerOffers: number;
  offers: number;
  /** Offers per posting company, at most (each posting company signs up once). */
  offersPerCompany: number;
  /** Items placed around each focus city, for the trades of the demo story (D1102 and its sub-fiche D1108). */
  focus: Readonly<{ companies: number; partnerOffers: number; offers: number }> | null;
}>;

export const SCALE_NAMES = ["demo", "lba2025", "lba2025-tenth"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  demo: {
    name: "demo",
    companies: 300,
    partnerOffers: 300,
    offers: 120,
    offersPerCompany: 3,
    focus: { companies: 16, partnerOffers: 12, offers: 8 },
  },
  lba2025: {
    name: "lba2025",
    companies: 300_000,
    partnerOffers: 300_000,
    offers: 25_000,
    offersPerCompany: 3,
    focus: null,
  },
  /** A tenth of lba2025: what the benchmark loads on PGlite (one embedded session). */
  "lba2025-tenth": {
    name: "lba2025-tenth",
    companies: 30_000,
    partnerOffers: 30_000,
    offers: 2_500,
    offersPerCompany: 3,
    focus: null,
  },
};

/** The demo story's places: around Paris (Notre-Dame) and around Lyon (Bellecour), communes within 20 km. */
export const FOCUS_CITIES = [
  { name: "Paris", latitude: 48.853, longitude: 2.3499, radiusKm: 20 },
  { name: "Lyon", latitude: 45.7578, longitude: 4.832, radiusKm: 20 },
] as const;

/** The demo story's trades: bakers (D1102), head bakers (D1108, a sub-fiche of D1102), pastry cooks (D1104). */
export const FOCUS_ROMES = ["D1102", "D1102", "D1102", "D1108", "D1104"] as const;
