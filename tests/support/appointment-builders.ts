import type { AppointmentRequest } from "../../src/domain/appointment/appointment-request.ts";
import type { AppointmentReplyLink, ParcoursupInvitation } from "../../src/domain/appointment/links.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import type { PhoneNumber } from "../../src/domain/shared/phone-number.ts";

export const T0 = new Date("2026-11-02T08:00:00.123Z");
export const minutesAfter = (minutes: number, from: Date = T0) => new Date(from.getTime() + minutes * 60_000);

/** TEST DATA: a stored request of a made-up candidate to the test CFA. */
export function aStoredRequest(id: string, overrides: Partial<AppointmentRequest> = {}): AppointmentRequest {
  return {
    id,
    platform: "lba",
    applicant: {
      firstName: "Léa",
      lastName: "Martin",
      email: "lea.martin@example.fr" as Email,
      phone: "+33612345678" as PhoneNumber,
      type: "student",
    },
    reasons: ["modalites", "frais"],
    message: "Quelles sont les dates de rentrée ?",
    training: {
      trainingId: "t1",
      title: "BTS Essais t1",
      formateurSiret: "99100002700110",
      establishmentName: "CFA DES ESSAIS",
    },
    recipientEmail: "rdv@cfa-essais.test" as Email,
    createdAt: T0,
    answer: null,
    remindedAt: null,
    ...overrides,
  };
}

export function aReplyLink(id: string, requestId: string, overrides: Partial<AppointmentReplyLink> = {}) {
  return { id, tokenHash: `hash-${id}`, requestId, expiresAt: minutesAfter(60), createdAt: T0, ...overrides };
}

export function anInvitation(id: string, overrides: Partial<ParcoursupInvitation> = {}): ParcoursupInvitation {
  return {
    id,
    tokenHash: `hash-${id}`,
    siret: "99100002700110",
    establishmentName: "CFA DES ESSAIS",
    recipientEmail: "formateur@cfa-essais.test" as Email,
    expiresAt: minutesAfter(60),
    usedAt: null,
    createdAt: T0,
    ...overrides,
  };
}
