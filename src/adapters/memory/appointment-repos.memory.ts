import type { AppointmentRepos } from "../../application/appointment/ports.ts";
import type { UnitOfWork } from "../../application/shared/ports.ts";
import {
  createMemoryAppointmentLinkRepository,
  type MemoryAppointmentLinkRepository,
} from "./appointment-links.memory.ts";
import {
  createMemoryAppointmentRequestRepository,
  type MemoryAppointmentRequestRepository,
} from "./appointment-requests.memory.ts";
import {
  createMemoryAppointmentSettingsRepository,
  type MemoryAppointmentSettingsRepository,
} from "./appointment-settings.memory.ts";
import { createMemoryOutbox, type MemoryOutbox } from "./outbox.memory.ts";
import { createMemoryUnitOfWork } from "./unit-of-work.memory.ts";

export type MemoryAppointmentRepos = Readonly<{
  appointmentSettings: MemoryAppointmentSettingsRepository;
  appointmentRequests: MemoryAppointmentRequestRepository;
  appointmentLinks: MemoryAppointmentLinkRepository;
  outbox: MemoryOutbox;
  unitOfWork: UnitOfWork<AppointmentRepos>;
}>;

/** Every appointment repository in memory, with the outbox and a unit of work that rolls them all back on a throw. */
export function createMemoryAppointmentRepos(outbox: MemoryOutbox = createMemoryOutbox()): MemoryAppointmentRepos {
  const appointmentRequests = createMemoryAppointmentRequestRepository();
  const repos = {
    appointmentSettings: createMemoryAppointmentSettingsRepository(),
    appointmentRequests,
    appointmentLinks: createMemoryAppointmentLinkRepository(appointmentRequests.has),
    outbox,
  };
  const participants = [repos.appointmentSettings, appointmentRequests, repos.appointmentLinks, outbox];
  return { ...repos, unitOfWork: createMemoryUnitOfWork<AppointmentRepos>(repos, participants) };
}
