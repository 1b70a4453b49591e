import type { AppointmentSettingsRepository } from "../../application/appointment/ports.ts";
import type {
  EstablishmentAppointmentSettings,
  TrainingAppointmentSettings,
} from "../../domain/appointment/settings.ts";

export type MemoryAppointmentSettingsRepository = AppointmentSettingsRepository & Readonly<{ snapshot(): () => void }>;

/** Behaves as appointment-settings.postgres.ts (tests/contracts/appointment-repositories.contract.ts). */
export function createMemoryAppointmentSettingsRepository(): MemoryAppointmentSettingsRepository {
  let establishments = new Map<string, EstablishmentAppointmentSettings>();
  let trainings = new Map<string, TrainingAppointmentSettings>();
  const pick = <T>(rows: ReadonlyMap<string, T>, keys: readonly string[]) =>
    new Map(keys.flatMap((key) => (rows.has(key) ? [[key, rows.get(key) as T] as const] : [])));
  return {
    establishment: async (siret) => establishments.get(siret) ?? null,
    establishments: async (sirets) => pick(establishments, sirets),
    async saveEstablishment(settings) {
      establishments = new Map(establishments).set(settings.siret, settings);
    },
    training: async (trainingId) => trainings.get(trainingId) ?? null,
    trainings: async (trainingIds) => pick(trainings, trainingIds),
    async saveTraining(settings) {
      trainings = new Map(trainings).set(settings.trainingId, settings);
    },
    snapshot() {
      const saved = { establishments, trainings };
      return () => {
        establishments = saved.establishments;
        trainings = saved.trainings;
      };
    },
  };
}
