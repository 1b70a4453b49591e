import type { Email } from "../shared/email.ts";
import type { AppointmentAnswer } from "./answer.ts";
import type { AppointmentRequestDraft } from "./request.ts";

/** The training and establishment as they were when the candidate asked (a later import may change or drop them). */
type RequestedTraining = Readonly<{
  trainingId: string;
  title: string;
  formateurSiret: string;
  establishmentName: string;
}>;

/** A stored appointment request: what the candidate sent, where it went, and the CFA's answer once given. */
export type AppointmentRequest = Omit<AppointmentRequestDraft, "trainingId"> &
  Readonly<{
    id: string;
    training: RequestedTraining;
    /** The address the request was sent to (contact email rule at that instant). */
    recipientEmail: Email;
    createdAt: Date;
    answer: AppointmentAnswer | null;
    /** When the one reminder went to the CFA; null while none was needed. */
    remindedAt: Date | null;
  }>;
