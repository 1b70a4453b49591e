import type { AppointmentPlatform } from "./platform.ts";

/** The service is off for this training on the candidate's platform, or nobody is known to write to. */
export type AppointmentUnavailable = Readonly<{
  code: "APPOINTMENT_UNAVAILABLE";
  platform: AppointmentPlatform;
  reason: "switched_off" | "no_contact_email";
}>;

/** The candidate's address is at a throwaway mail provider: the CFA could never answer it. */
export type { DisposableEmail } from "../shared/email.ts";

/** No listed training of the catalogue is given by this formateur SIRET. */
export type EstablishmentNotInCatalogue = Readonly<{ code: "ESTABLISHMENT_NOT_IN_CATALOGUE"; siret: string }>;

/** Neither support nor the catalogue gives an address to send the Parcoursup invitation to. */
export type NoRecipientEmail = Readonly<{ code: "NO_RECIPIENT_EMAIL"; siret: string }>;
