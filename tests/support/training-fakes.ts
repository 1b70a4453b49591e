import { createMemoryCommuneReferential } from "../../src/adapters/memory/commune-referential.memory.ts";
import { createMemoryRomeReferential } from "../../src/adapters/memory/rome-referential.memory.ts";
import { createMemoryTrainingCatalogue } from "../../src/adapters/memory/training-catalogue.memory.ts";
import { resolvePlace } from "../../src/application/referential/resolve-place.ts";
import { romeCodesWithSubFiches } from "../../src/application/referential/rome-families.ts";
import type { AppointmentView, TrainingAppointment } from "../../src/application/training/index.ts";
import { trainingPublishedApi, trainingUseCases } from "../../src/application/training/index.ts";
import type { RomeCode } from "../../src/domain/shared/rome-code.ts";
import type { CatalogueTraining } from "../../src/domain/training/training.ts";
import { aCommune, aRomeFiche } from "./referential-builders.ts";

/** TEST DATA: D1102 (bakery) with its sub-fiche D1108, D1104 (pastry), G1602 (catering). */
const FICHES = [
  aRomeFiche({ code: "D1102", label: "Boulangerie" }),
  aRomeFiche({ code: "D1108", label: "Boulangerie industrielle", parentCode: "D1102" as RomeCode }),
  aRomeFiche({ code: "D1104", label: "Pâtisserie" }),
  aRomeFiche({ code: "G1602", label: "Cuisine" }),
];

/** TEST DATA: Lyon (two postcodes), Villeurbanne, and a small commune sharing Lyon's 69003 postcode. */
const COMMUNES = [
  aCommune({
    insee: "69123",
    name: "Lyon",
    postcodes: ["69001", "69003"],
    population: 520_000,
    latitude: 45.758,
    longitude: 4.835,
  }),
  aCommune({
    insee: "69266",
    name: "Villeurbanne",
    postcodes: ["69100"],
    population: 150_000,
    latitude: 45.77,
    longitude: 4.88,
  }),
  aCommune({
    insee: "69999",
    name: "Petiteville",
    postcodes: ["69003"],
    population: 900,
    latitude: 46.2,
    longitude: 4.5,
  }),
];

/** What a scripted appointment service says: available on "lba" for the listed training ids. */
export function anAppointmentView(availableIds: readonly string[]): AppointmentView {
  return {
    async appointmentsOf(trainings, platform) {
      const answers = new Map<string, TrainingAppointment>();
      for (const training of trainings) {
        const on = availableIds.includes(training.id);
        const platforms = on ? ["lba", "onisep"] : [];
        answers.set(training.id, {
          available: on && platforms.includes(platform),
          platforms,
          contactEmail: on ? "rdv@cfa-test.fr" : null,
        });
      }
      return answers;
    },
  };
}

/** The training use cases on fakes: `live` trainings already imported, the referential above, an optional view. */
export function trainingOnFakes(live: readonly CatalogueTraining[] = [], view: AppointmentView | null = null) {
  const catalogue = createMemoryTrainingCatalogue(live, new Date("2026-11-02T02:30:00Z"));
  const romeReferential = createMemoryRomeReferential(FICHES);
  const communeReferential = createMemoryCommuneReferential(COMMUNES);
  const deps = {
    trainings: catalogue.store,
    resolvePlace: resolvePlace({ communeReferential }),
    romeCodesWithSubFiches: romeCodesWithSubFiches({ romeReferential }),
    appointments: () => view,
  };
  return {
    catalogue,
    ...trainingUseCases(deps),
    published: trainingPublishedApi({ trainings: catalogue.store, providers: catalogue.providers }),
  };
}
