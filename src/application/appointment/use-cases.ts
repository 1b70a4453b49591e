import type { DisposableEmailDomains } from "../shared/disposable-email-domains.ts";
import { answerAppointment, readAppointmentReply } from "./appointment-reply.ts";
import { appointmentView } from "./appointment-view.ts";
import { updateEstablishmentAppointmentSettings, updateTrainingAppointmentSettings } from "./manage-settings.ts";
import { activateParcoursup, readParcoursupInvitation, sendParcoursupInvitation } from "./parcoursup-activation.ts";
import type { AppointmentRequestRepository, AppointmentSettingsRepository } from "./ports.ts";
import { previewAppointment } from "./preview-appointment.ts";
import { remindAppointments } from "./remind-appointments.ts";
import { requestAppointment } from "./request-appointment.ts";
import type { AppointmentWriteDeps, TrainingReader } from "./settings.ts";
import { appointmentStats, listAppointmentRequests } from "./support-views.ts";

/** Every port the appointment use cases need: the production adapters or the in-memory fakes, same wiring. */
export type AppointmentDeps = AppointmentWriteDeps &
  Readonly<{
    /** Reads outside a transaction. */
    appointmentSettings: AppointmentSettingsRepository;
    appointmentRequests: AppointmentRequestRepository;
    trainings: TrainingReader;
    disposableDomains: DisposableEmailDomains;
  }>;

/** The appointment use cases bound to their ports: what the HTTP layer calls. */
export function appointmentUseCases(deps: AppointmentDeps) {
  const { clock, trainings, appointmentSettings } = deps;
  const settingsDeps = { appointmentSettings, trainings, clock };
  return {
    previewAppointment: previewAppointment(deps),
    requestAppointment: requestAppointment(deps),
    readAppointmentReply: readAppointmentReply(deps),
    answerAppointment: answerAppointment(deps),
    updateEstablishmentAppointmentSettings: updateEstablishmentAppointmentSettings(settingsDeps),
    updateTrainingAppointmentSettings: updateTrainingAppointmentSettings(settingsDeps),
    sendParcoursupInvitation: sendParcoursupInvitation(deps),
    readParcoursupInvitation: readParcoursupInvitation(deps),
    activateParcoursup: activateParcoursup(deps),
    listAppointmentRequests: listAppointmentRequests(deps),
    appointmentStats: appointmentStats(deps),
  };
}

export type AppointmentUseCases = ReturnType<typeof appointmentUseCases>;

/** `appointments:remind`, hourly: one reminder per request unanswered after 4 working days. */
export function appointmentJobs(deps: AppointmentWriteDeps) {
  return [
    { name: "appointments:remind", everyMs: 60 * 60_000, leaseMs: 60_000, run: remindAppointments(deps) },
  ] as const;
}

/** What the appointment context publishes: the service as training pages show it. */
export function appointmentPublishedApi(deps: Pick<AppointmentDeps, "appointmentSettings">) {
  return appointmentView(deps.appointmentSettings);
}
