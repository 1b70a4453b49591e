import type { Outbox } from "../messaging/index.ts";
import { enqueueOfferFilledEmail } from "./application-emails.ts";
import type { JobApplicationRepository } from "./ports.ts";

/**
 * When a recruiter marks an offer filled (and did not opt out), each candidate still waiting for an answer gets
 * one email, in the offer's transaction (each email once: idempotency keys).
 */
export function tellWaitingCandidates(repos: Readonly<{ applications: JobApplicationRepository; outbox: Outbox }>) {
  return async (event: Readonly<{ offerId: string; notifyCandidates: boolean; at: Date }>): Promise<void> => {
    if (!event.notifyCandidates) return;
    const waiting = await repos.applications.listAwaitingAnswer(event.offerId);
    for (const application of waiting)
      await enqueueOfferFilledEmail({ outbox: repos.outbox, now: event.at }, application);
  };
}
