import type { Email } from "../shared/email.ts";

/**
 * A person asks to join an organisation whose SIRET is taken (docs/adr/0015): its admins receive a link to accept.
 * Open until accepted or `expiresAt`; at most one open request per organisation and email.
 */
export type JoinRequest = Readonly<{
  id: string;
  organisationId: string;
  email: Email;
  firstName: string;
  lastName: string;
  phone: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}>;

export function isOpen(request: JoinRequest, now: Date): boolean {
  return request.acceptedAt === null && now.getTime() < request.expiresAt.getTime();
}
