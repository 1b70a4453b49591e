import type { ResponseLink } from "../../src/application/job-application/ports.ts";
import {
  type ApplicationTarget,
  type JobApplication,
  targetKeyOf,
} from "../../src/domain/job-application/job-application.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { PhoneNumber } from "../../src/domain/shared/phone-number.ts";

export { targetKeyOf };

export const T0 = new Date("2026-11-02T08:00:00.123Z");
const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** `ms` milliseconds after `from` (before it when negative). */
export const msAfter = (ms: number, from: Date = T0) => new Date(from.getTime() + ms);
export const minutesAfter = (minutes: number, from: Date = T0) => msAfter(minutes * MINUTE_MS, from);

/** TEST DATA: the offer the builder's applications target unless told otherwise (owned by ORGANISATION_ID). */
const OFFER_ID = "offer-1";
const ORGANISATION_ID = "org-bakery";
export const anOfferTarget = (offerId: string = OFFER_ID): ApplicationTarget => ({ kind: "offer", offerId });

/**
 * TEST DATA: a made-up candidate's application to OFFER_ID, submitted at T0, scanned clean and delivered at once,
 * its PDF CV still kept, not answered, `new` in the console. `id` defaults to "app-1".
 */
export function aJobApplication(overrides: Partial<JobApplication> = {}): JobApplication {
  const id = overrides.id ?? "app-1";
  const createdAt = overrides.createdAt ?? T0;
  return {
    id,
    target: anOfferTarget(),
    snapshot: {
      title: "Boulanger / Boulangère",
      companyName: "BOULANGERIE DES ESSAIS",
      organisationId: ORGANISATION_ID,
    },
    recipientEmail: "recrutement@boulangerie-essais.test" as Email,
    candidate: {
      firstName: "Léa",
      lastName: "Martin",
      email: "lea.martin@example.fr" as Email,
      phone: "+33612345678" as PhoneNumber,
    },
    message: "Bonjour, je souhaite rejoindre votre boulangerie en apprentissage.",
    cv: { id: `cv-${id}`, filename: "cv-lea-martin.pdf", kind: "pdf", size: 48_213 },
    delivery: { state: "delivered", deliveredAt: createdAt, scanAttempts: 0 },
    answer: null,
    status: "new",
    notes: null,
    createdAt,
    lastActivityAt: createdAt,
    anonymisedAt: null,
    ...overrides,
  };
}

/** The same application, accepted while the antivirus was down: its CV waits, unsent. */
export function anApplicationAwaitingScan(overrides: Partial<JobApplication> = {}): JobApplication {
  return aJobApplication({ delivery: { state: "awaiting_scan", deliveredAt: null, scanAttempts: 1 }, ...overrides });
}

/** TEST DATA: a quick-response link of the application, saved at T0 for 30 days; its token hash is `hash-<id>`. */
export function aResponseLink(
  id: string,
  applicationId: string = "app-1",
  overrides: Partial<ResponseLink> = {},
): ResponseLink {
  return {
    id,
    applicationId,
    tokenHash: `hash-${id}`,
    purpose: "application_response",
    expiresAt: msAfter(30 * DAY_MS),
    usedAt: null,
    createdAt: T0,
    ...overrides,
  };
}
