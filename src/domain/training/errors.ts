/** GET /trainings/{id}: unknown, removed from the catalogue, or not listed (no Qualiopi). */
export type TrainingNotFound = Readonly<{ code: "TRAINING_NOT_FOUND"; id: string }>;
