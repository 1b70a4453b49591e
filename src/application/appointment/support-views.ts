import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import type { EstablishmentAppointmentStats } from "../../domain/appointment/stats.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Actor } from "../identity/index.ts";
import type { AppointmentRequestRepository } from "./ports.ts";
import { type AdminOnly, adminOnly } from "./refusals.ts";

type SupportDeps = Readonly<{ appointmentRequests: AppointmentRequestRepository }>;

export type RequestList = Readonly<{
  items: readonly AppointmentRequest[];
  page: number;
  pageSize: number;
  total: number;
}>;

/** `GET /api/v1/admin/appointments`: every request with its answer (docs/PRODUCT.md §8 "visible to support"). */
export function listAppointmentRequests(deps: SupportDeps) {
  return async (input: {
    actor: Actor;
    siret?: string | undefined;
    page: number;
    pageSize: number;
  }): Promise<Result<RequestList, AdminOnly>> => {
    if (!input.actor.isAdmin) return err(adminOnly);
    const { page, pageSize } = input;
    const found = await deps.appointmentRequests.list({ siret: input.siret, page, pageSize });
    return ok({ ...found, page, pageSize });
  };
}

/** `GET /api/v1/admin/appointment-stats`: each establishment's response rate and median response time. */
export function appointmentStats(deps: SupportDeps) {
  return async (input: {
    actor: Actor;
    siret?: string | undefined;
  }): Promise<Result<readonly EstablishmentAppointmentStats[], AdminOnly>> => {
    if (!input.actor.isAdmin) return err(adminOnly);
    return ok(await deps.appointmentRequests.stats(input.siret));
  };
}
