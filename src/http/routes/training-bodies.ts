import type { z } from "@hono/zod-openapi";
import {
  type EstablishmentMatch,
  TRAINING_FIELD_SOURCES,
  type TrainingDetail,
  type TrainingSearchItem,
  websiteOf,
} from "../../application/training/index.ts";
import type {
  EstablishmentMatchSchema,
  TrainingDetailSchema,
  TrainingSearchItemSchema,
} from "../schemas/training.schema.ts";

export function toTrainingSearchItemBody(item: TrainingSearchItem): z.infer<typeof TrainingSearchItemSchema> {
  const { training } = item;
  const { place } = training;
  return {
    id: training.id,
    title: training.title,
    diplomaLevel: training.diplomaLevel,
    establishmentName: training.formateur.legalName,
    place: place && {
      city: place.city,
      postcode: place.postcode,
      latitude: place.latitude,
      longitude: place.longitude,
    },
    distanceKm: item.distanceKm,
    appointmentAvailable: item.appointmentAvailable,
  };
}

/** Every field a candidate needs, with each shown field's source (docs/PRODUCT.md §4). */
export function toTrainingDetailBody({ training, appointment }: TrainingDetail): z.infer<typeof TrainingDetailSchema> {
  const { formateur, gestionnaire } = training;
  return {
    id: training.id,
    title: training.title,
    diplomaLevel: training.diplomaLevel,
    cfd: training.cfd,
    rncp: training.rncp,
    romeCodes: [...training.romeCodes],
    establishment: {
      siret: formateur.siret,
      uai: formateur.uai,
      name: formateur.legalName,
      address: formateur.address,
    },
    responsible: { siret: gestionnaire.siret, uai: gestionnaire.uai, name: gestionnaire.legalName },
    place: training.place,
    phone: training.phone,
    website: websiteOf(training),
    contactEmail: appointment.contactEmail,
    objectives: training.objectives,
    sessions: training.sessions.map((session) => ({ ...session })),
    sources: { ...TRAINING_FIELD_SOURCES },
    appointment: { available: appointment.available, platforms: [...appointment.platforms] },
  };
}

export function toEstablishmentBody(match: EstablishmentMatch): z.infer<typeof EstablishmentMatchSchema> {
  return { ...match };
}
