import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import { afterWorkingDays } from "../../domain/appointment/working-days.ts";
import { prepareReplyLink } from "./appointment-links.ts";
import type { RequestPosition } from "./ports.ts";
import { enqueueReminderEmail } from "./request-emails.ts";
import type { AppointmentWriteDeps } from "./settings.ts";

const BATCH = 200;
/** Four working days are never fewer than four calendar days: a cheap bound for the query. */
const MIN_WAIT_MS = 4 * 86_400_000;

/**
 * The job `appointments:remind` (hourly): a request still unanswered once 4 working days have passed (weekends and
 * French public holidays skipped) gets ONE reminder to the CFA, with a fresh answer link. The reminder is marked
 * sent in the transaction that enqueues it, with a conditional update: another run or instance skips it.
 */
export function remindAppointments(deps: AppointmentWriteDeps) {
  return async (now: Date) => {
    const createdBy = new Date(now.getTime() - MIN_WAIT_MS);
    let reminded = 0;
    let after: RequestPosition | null = null;
    for (;;) {
      const from: RequestPosition | null = after;
      const batch: AppointmentRequest[] = await deps.unitOfWork.run((repos) =>
        repos.appointmentRequests.listToRemind(createdBy, from, BATCH),
      );
      for (const request of batch) {
        if (afterWorkingDays(request.createdAt).getTime() > now.getTime()) continue;
        if (await remindOnce(deps, request.id, now)) reminded++;
      }
      const last = batch[batch.length - 1];
      if (batch.length < BATCH || !last) break;
      after = { createdAt: last.createdAt, id: last.id };
    }
    return { reminded };
  };
}

/** Marks the reminder and enqueues it in one transaction; false when another run was first. */
function remindOnce(deps: AppointmentWriteDeps, requestId: string, now: Date): Promise<boolean> {
  return deps.unitOfWork.run(async (repos) => {
    const request = await repos.appointmentRequests.findById(requestId);
    if (!request || request.answer !== null) return false;
    if (!(await repos.appointmentRequests.markReminded(request.id, now))) return false;
    const { link, url } = await prepareReplyLink(deps, request.id, now);
    await repos.appointmentLinks.saveReplyLink(link);
    await enqueueReminderEmail({ outbox: repos.outbox, now }, request, url);
    return true;
  });
}
