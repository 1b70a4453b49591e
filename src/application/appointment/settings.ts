import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { TrainingPublishedApi } from "../training/index.ts";
import type { AppointmentRepos } from "./ports.ts";

/** The appointment context's tunables; defaults in DEFAULT_APPOINTMENT_SETTINGS. */
export type AppointmentAppSettings = Readonly<{
  /** Base of the links in emails (the action pages). */
  publicUrl: string;
  /** How long the CFA's answer link stays usable. */
  replyLinkDays: number;
  /** How long a Parcoursup invitation stays usable (support re-sends a new one after). */
  invitationLinkDays: number;
}>;

export const DEFAULT_APPOINTMENT_SETTINGS: Omit<AppointmentAppSettings, "publicUrl"> = {
  replyLinkDays: 30,
  invitationLinkDays: 60,
};

/** What every writing use case of the context needs. */
export type AppointmentWriteDeps = Readonly<{
  unitOfWork: UnitOfWork<AppointmentRepos>;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretGenerator;
  settings: AppointmentAppSettings;
}>;

/** The trainings the appointment context reads (the training context's published API). */
export type TrainingReader = Pick<TrainingPublishedApi, "trainingOf" | "trainingsOfFormateur" | "formateurOf">;
