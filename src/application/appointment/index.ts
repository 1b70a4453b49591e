/** The appointment context's public face: other contexts, the HTTP layer and the composition import only this file. */
export { APPOINTMENT_PAGE_PATHS } from "./appointment-links.ts";
export type { ParcoursupActivationView } from "./parcoursup-activation.ts";
export type { AppointmentPreview } from "./preview-appointment.ts";
export type { AppointmentRefusal } from "./refusals.ts";
export type { AppointmentRequestInput } from "./request-appointment.ts";
export { DEFAULT_APPOINTMENT_SETTINGS } from "./settings.ts";
export {
  type AppointmentUseCases,
  appointmentJobs,
  appointmentPublishedApi,
  appointmentUseCases,
} from "./use-cases.ts";
