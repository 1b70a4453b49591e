/** The training catalogue context's public face (CFA sign-up reads the registry through it). */
export type {
  NearbyTrainingProvider,
  TrainingProvider,
} from "../../domain/training-catalogue/training-provider.ts";
export type { NearbyQuery, TrainingProviderRegistry } from "./ports.ts";
