import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Referential context: read-only reference data (ROME v4.60, COG communes, NAF rév. 2, OPCO, diploma levels),
 * loaded from data/referential by the seeder. `search_*` columns hold normaliseSearchText() output so that
 * accent/case-insensitive matching is identical on PGlite (C locale) and PostgreSQL.
 */
export const romeFiches = pgTable(
  "rome_fiches",
  {
    code: text("code").primaryKey(),
    label: text("label").notNull(),
    searchLabel: text("search_label").notNull(),
    parentCode: text("parent_code").notNull(),
    domainCode: text("domain_code").notNull(),
    domainLabel: text("domain_label").notNull(),
    definition: jsonb("definition").$type<string[]>().notNull(),
    access: jsonb("access").$type<string[]>().notNull(),
    skills: jsonb("skills").$type<string[]>().notNull(),
    softSkills: jsonb("soft_skills").$type<string[]>().notNull(),
  },
  (t) => [
    index("rome_fiches_search_label_trgm").using("gin", t.searchLabel.op("gin_trgm_ops")),
    index("rome_fiches_parent_code").on(t.parentCode),
  ],
);

export const romeAppellations = pgTable(
  "rome_appellations",
  {
    code: text("code").primaryKey(),
    romeCode: text("rome_code")
      .notNull()
      .references(() => romeFiches.code),
    label: text("label").notNull(),
    shortLabel: text("short_label").notNull(),
    searchLabel: text("search_label").notNull(),
  },
  (t) => [
    index("rome_appellations_search_label_trgm").using("gin", t.searchLabel.op("gin_trgm_ops")),
    index("rome_appellations_rome_code").on(t.romeCode),
  ],
);

export const communes = pgTable(
  "communes",
  {
    insee: text("insee").primaryKey(),
    name: text("name").notNull(),
    searchName: text("search_name").notNull(),
    kind: text("kind", { enum: ["commune", "arrondissement"] }).notNull(),
    postcodes: text("postcodes").array().notNull(),
    departmentCode: text("department_code").notNull(),
    departmentName: text("department_name").notNull(),
    population: integer("population"),
    latitude: doublePrecision("latitude").notNull(),
    longitude: doublePrecision("longitude").notNull(),
  },
  (t) => [
    index("communes_search_name_trgm").using("gin", t.searchName.op("gin_trgm_ops")),
    index("communes_postcodes").using("gin", t.postcodes),
  ],
);

export const nafCodes = pgTable("naf_codes", {
  code: text("code").primaryKey(),
  apeCode: text("ape_code").unique(),
  level: text("level").notNull(),
  label: text("label").notNull(),
  division: text("division"),
  section: text("section").notNull(),
});

export const opcos = pgTable("opcos", {
  code: text("code").primaryKey(),
  label: text("label").notNull(),
  shortName: text("short_name").notNull(),
  siren: text("siren"),
  website: text("website"),
});

export const idccOpcos = pgTable("idcc_opcos", {
  idcc: integer("idcc").primaryKey(),
  opcoCode: text("opco_code")
    .notNull()
    .references(() => opcos.code),
});

export const diplomaLevels = pgTable("diploma_levels", {
  level: text("level").primaryKey(),
  label: text("label").notNull(),
  shortLabel: text("short_label").notNull(),
});

/** One row per shipped dataset: the seeder re-imports a dataset only when its content version changed. */
export const referentialDatasets = pgTable("referential_datasets", {
  name: text("name").primaryKey(),
  version: text("version").notNull(),
  rowCount: integer("row_count").notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
});
