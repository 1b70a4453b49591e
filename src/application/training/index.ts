/** The training catalogue context's public face (CFA sign-up reads the registry through it). */
export type { NearbyTrainingProvider } from "../../domain/training/training-provider.ts";
export type { TrainingProviderRegistry } from "./ports.ts";
