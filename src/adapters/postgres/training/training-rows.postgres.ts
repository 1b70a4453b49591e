import { type CatalogueTraining, type Training, trainingIdOf } from "../../../domain/training/training.ts";
import { establishmentSearchText, trainingCodes } from "../../../domain/training/training-search-text.ts";

/** A stored training's columns as read back (through drizzle or raw SQL, camel-cased). */
type StoredTraining = Readonly<{ id: string; record: CatalogueTraining; updatedAt: Date | string }>;

export function toTraining(row: StoredTraining): Training {
  return { ...row.record, id: row.id, updatedAt: new Date(row.updatedAt) };
}

/** The columns derived from a catalogue record (trainings and training_import_records share them). */
export function contentOf(record: CatalogueTraining) {
  return {
    id: trainingIdOf(record.catalogueKey),
    catalogueKey: record.catalogueKey,
    record,
    title: record.title,
    diplomaLevel: record.diplomaLevel,
    romeCodes: [...record.romeCodes],
    formateurSiret: record.formateur.siret,
    qualiopi: record.qualiopi,
    latitude: record.place?.latitude ?? null,
    longitude: record.place?.longitude ?? null,
    searchText: establishmentSearchText(record),
    codes: trainingCodes(record),
  };
}

/** The columns `contentOf` fills, in SQL (the swap copies them from staging to the catalogue). */
export const CONTENT_COLUMNS = [
  "id",
  "catalogue_key",
  "record",
  "title",
  "diploma_level",
  "rome_codes",
  "formateur_siret",
  "qualiopi",
  "latitude",
  "longitude",
  "search_text",
  "codes",
] as const;
