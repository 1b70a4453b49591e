import type { Email } from "../shared/email.ts";

/**
 * The email links of the appointment service (docs/API.md "Action pages"); only the SHA-256 of each token is stored.
 * A reply link may be opened again after the answer (it then shows it): the answer is recorded once on the request,
 * so the link itself is never spent. A Parcoursup invitation serves once: its POST activates the service.
 */
export type AppointmentReplyLink = Readonly<{
  id: string;
  tokenHash: string;
  requestId: string;
  expiresAt: Date;
  createdAt: Date;
}>;

export type ParcoursupInvitation = Readonly<{
  id: string;
  tokenHash: string;
  /** The formateur SIRET whose establishment the invitation activates. */
  siret: string;
  /** Its legal name when invited, for the activation page. */
  establishmentName: string;
  recipientEmail: Email;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}>;
