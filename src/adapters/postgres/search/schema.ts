import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Search context: the jobs search read model (docs/ARCHITECTURE.md "Search read model"). The owning contexts
 * (offers, France Travail offers, algorithm companies) write it in their own transactions through the SearchIndex
 * port; nothing else reads their tables. `generation` is 0 for offers and partner offers; algorithm companies are
 * loaded as a new generation and published at once (search_live_generations).
 *
 * search_items holds what a result shows, one row per item; search_item_romes one row per item and ROME code,
 * with everything the search filters and orders by, so the search itself is an index-only scan of
 * `search_item_romes_rome_kind_strip_latitude` (rome, kind_rank, longitude_strip, latitude) INCLUDE (…): the
 * bounding box comes from the index (the strips it overlaps, then its latitudes in each), the exact longitude and
 * distance are checked on the few rows that survive it, and the page reads only the kinds it shows. drizzle-kit
 * cannot write INCLUDE: the migration adds it (drizzle/0024).
 */
export const searchItems = pgTable(
  "search_items",
  {
    kind: text("kind", { enum: ["offer", "partner_offer", "company"] }).notNull(),
    id: text("id").notNull(),
    generation: integer("generation").notNull().default(0),
    title: text("title").notNull(),
    romeCodes: text("rome_codes").array().notNull(),
    companyName: text("company_name").notNull(),
    city: text("city"),
    postcode: text("postcode"),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    diplomaLevel: text("diploma_level"),
    contractTypes: text("contract_types").array(),
    createdAt: instant("created_at"),
    importRank: integer("import_rank"),
    expiresAt: instant("expires_at"),
    canApply: boolean("can_apply").notNull(),
    applyUrl: text("apply_url"),
    phone: text("phone"),
    website: text("website"),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id, t.generation] })],
);

/**
 * One row per item and ROME code. `kind_rank` 0 offer, 1 partner offer, 2 company; `sort_key` orders items of one
 * kind at equal distance: minus the creation instant in ms for offers and partner offers (newest first), the
 * import rank for companies. `contract_mask` 1 apprentissage, 2 professionnalisation, null not applicable.
 */
export const searchItemRomes = pgTable(
  "search_item_romes",
  {
    rome: text("rome").notNull(),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
    /** The place as a unit vector (src/domain/search/great-circle.ts): the distance without trigonometry. */
    x: doublePrecision("x").notNull(),
    y: doublePrecision("y").notNull(),
    z: doublePrecision("z").notNull(),
    /** The half-degree meridian strip of the longitude (src/domain/search/bounding-box.ts `longitudeStripOf`). */
    longitudeStrip: smallint("longitude_strip").notNull(),
    /**
     * The item's other ROME codes that sort before this row's: a search keeps the row of an item whose
     * `lower_romes` holds none of its codes, so an item matched by several codes is found once, without grouping.
     * Null when none.
     */
    lowerRomes: text("lower_romes").array(),
    kindRank: smallint("kind_rank").notNull(),
    id: text("id").notNull(),
    generation: integer("generation").notNull().default(0),
    sortKey: bigint("sort_key", { mode: "number" }).notNull(),
    diplomaLevel: text("diploma_level"),
    contractMask: smallint("contract_mask"),
    expiresAt: instant("expires_at"),
  },
  (t) => [
    index("search_item_romes_rome_kind_strip_latitude").on(t.rome, t.kindRank, t.longitudeStrip, t.latitude),
    index("search_item_romes_item").on(t.kindRank, t.id),
  ],
);

/** The company generation searches read (one row, kind "company"); none yet means no company is found. */
export const searchLiveGenerations = pgTable("search_live_generations", {
  kind: text("kind").primaryKey(),
  generation: integer("generation").notNull(),
});
