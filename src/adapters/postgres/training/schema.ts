import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { CatalogueTraining } from "../../../domain/training/training.ts";

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** earthdistance's point type (a cube), read back only by the database. */
const earthPoint = customType<{ data: string; driverData: string }>({ dataType: () => "cube" });

/**
 * A training's content as an import stages it and the live catalogue keeps it: the catalogue record whole
 * (`record`, compared to tell a changed training) and the columns searches filter on, derived from it.
 */
const trainingContent = () => ({
  /** trainingIdOf(catalogue key): stable across imports. */
  id: text("id").notNull(),
  catalogueKey: text("catalogue_key").notNull(),
  record: jsonb("record").$type<CatalogueTraining>().notNull(),
  title: text("title").notNull(),
  diplomaLevel: text("diploma_level"),
  romeCodes: text("rome_codes").array().notNull(),
  formateurSiret: text("formateur_siret").notNull(),
  qualiopi: boolean("qualiopi").notNull(),
  latitude: doublePrecision("latitude"),
  longitude: doublePrecision("longitude"),
  /** normaliseSearchText(formateur legal name + title): "find my establishment". */
  searchText: text("search_text").notNull(),
  /** The formateur's UAI, the RNCP and CFD, upper-case: exact matches of "find my establishment". */
  codes: text("codes").array().notNull(),
});

/**
 * Training context: the live apprenticeship catalogue (Réseau des Carif-Oref), replaced by each applied import.
 * A training that left the catalogue stays as a tombstone (`removed_at`) so the partner feed can flag it;
 * `updated_at` changes only when the content did (the feed is in update order). `earth` is ll_to_earth(lat, lon)
 * stored (a GiST index on a stored column is ≈ 3× faster than on the expression, and nothing re-evaluates it
 * under the empty search_path where ll_to_earth fails on PostgreSQL 15).
 */
export const trainings = pgTable(
  "trainings",
  {
    ...trainingContent(),
    id: text("id").primaryKey(),
    earth: earthPoint("earth").generatedAlwaysAs(sql`ll_to_earth(latitude, longitude)`),
    /** The catalogue source of the import that last wrote it ("carif-oref", "demo-2020"). */
    source: text("source").notNull(),
    updatedAt: instant("updated_at").notNull(),
    removedAt: instant("removed_at"),
  },
  (t) => [
    index("trainings_earth").using("gist", t.earth),
    index("trainings_rome_codes").using("gin", t.romeCodes),
    index("trainings_codes").using("gin", t.codes),
    index("trainings_search_text_trgm").using("gin", t.searchText.op("gin_trgm_ops")),
    index("trainings_formateur_siret").on(t.formateurSiret),
    index("trainings_feed_order").on(t.updatedAt, sql`${t.id} collate "C"`),
  ],
);

/**
 * One import of a catalogue source: `running`, `interrupted` (the source failed; it resumes from `cursor`),
 * `applied` or `refused_empty`. Counts cumulate over the runs of a resumed import.
 */
export const trainingImports = pgTable("training_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  source: text("source").notNull(),
  status: text("status").notNull(),
  cursor: text("cursor"),
  readCount: integer("read_count").notNull(),
  keptCount: integer("kept_count").notNull(),
  rejected: jsonb("rejected").$type<Record<string, number>>().notNull(),
  removedCount: integer("removed_count"),
  startedAt: instant("started_at").notNull(),
  finishedAt: instant("finished_at"),
});

/** The trainings an unfinished import has read so far (dropped once it is applied or refused). */
export const trainingImportRecords = pgTable(
  "training_import_records",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => trainingImports.id, { onDelete: "cascade" }),
    ...trainingContent(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.id] })],
);
