import type { Training } from "./training.ts";
import type { TrainingProvider } from "./training-provider.ts";

/**
 * The training establishment (one per formateur SIRET) as its catalogue trainings describe it, `trainings` being
 * all of them, sorted by id: legal name, UAI and address from the first; Qualiopi when any training says so; the
 * ROME codes of all; the contact of the formateur, else of a session, else of the responsible establishment.
 */
export function trainingProviderOf(trainings: readonly [Training, ...Training[]]): TrainingProvider {
  const [first] = trainings;
  const { siret, uai, legalName, address } = first.formateur;
  const placed = trainings.find((training) => training.place !== null)?.place ?? null;
  const contactEmail =
    first.formateur.email ??
    trainings.find((training) => training.sessionEmail !== null)?.sessionEmail ??
    first.gestionnaire.email;
  return {
    siret,
    uai,
    legalName,
    address,
    qualiopi: trainings.some((training) => training.qualiopi),
    contactEmail,
    location: placed ? { latitude: placed.latitude, longitude: placed.longitude } : null,
    romeCodes: [...new Set(trainings.flatMap((training) => training.romeCodes))].sort(),
  };
}
