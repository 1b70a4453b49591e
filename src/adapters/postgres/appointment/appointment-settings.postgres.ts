import { eq, inArray } from "drizzle-orm";
import type { AppointmentSettingsRepository } from "../../../application/appointment/ports.ts";
import type { PlatformSwitches } from "../../../domain/appointment/platform.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import {
  appointmentEstablishmentSettings as establishments,
  appointmentTrainingSettings as trainings,
} from "./schema.ts";

type SwitchColumns = Readonly<{ lba: boolean; onisep: boolean; parcoursup: boolean }>;

const switchesOf = (row: SwitchColumns): PlatformSwitches => ({
  lba: row.lba,
  onisep: row.onisep,
  parcoursup: row.parcoursup,
});

function establishmentOf(row: typeof establishments.$inferSelect) {
  return {
    siret: row.siret,
    platforms: switchesOf(row),
    contactEmail: row.contactEmail as Email | null,
    updatedAt: row.updatedAt,
  };
}

function trainingOf(row: typeof trainings.$inferSelect) {
  return {
    trainingId: row.trainingId,
    platforms: switchesOf(row),
    contactEmail: row.contactEmail as Email | null,
    updatedAt: row.updatedAt,
  };
}

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgAppointmentSettingsRepository(db: Db): AppointmentSettingsRepository {
  return {
    async establishment(siret) {
      const rows = await db.select().from(establishments).where(eq(establishments.siret, siret)).limit(1);
      return rows[0] ? establishmentOf(rows[0]) : null;
    },
    async establishments(sirets) {
      if (sirets.length === 0) return new Map();
      const rows = await db
        .select()
        .from(establishments)
        .where(inArray(establishments.siret, [...sirets]));
      return new Map(rows.map((row) => [row.siret, establishmentOf(row)]));
    },
    async saveEstablishment(settings) {
      const values = { ...settings.platforms, contactEmail: settings.contactEmail, updatedAt: settings.updatedAt };
      await db
        .insert(establishments)
        .values({ siret: settings.siret, ...values })
        .onConflictDoUpdate({ target: establishments.siret, set: values });
    },
    async training(trainingId) {
      const rows = await db.select().from(trainings).where(eq(trainings.trainingId, trainingId)).limit(1);
      return rows[0] ? trainingOf(rows[0]) : null;
    },
    async trainings(trainingIds) {
      if (trainingIds.length === 0) return new Map();
      const rows = await db
        .select()
        .from(trainings)
        .where(inArray(trainings.trainingId, [...trainingIds]));
      return new Map(rows.map((row) => [row.trainingId, trainingOf(row)]));
    },
    async saveTraining(settings) {
      const values = { ...settings.platforms, contactEmail: settings.contactEmail, updatedAt: settings.updatedAt };
      await db
        .insert(trainings)
        .values({ trainingId: settings.trainingId, ...values })
        .onConflictDoUpdate({ target: trainings.trainingId, set: values });
    },
  };
}
