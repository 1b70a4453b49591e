import type { AppointmentView } from "../application/training/index.ts";

// Placeholder written by the integrator: the appointment helper replaces this file with the appointment module,
// keeping this declaration (the training module reads `kit.apis.appointment` at request time).
declare module "./context-module.ts" {
  interface PublishedApis {
    appointment: AppointmentView;
  }
}
