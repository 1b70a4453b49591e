import type { AppointmentReplyLink, ParcoursupInvitation } from "../../domain/appointment/links.ts";
import type { Email } from "../../domain/shared/email.ts";
import { issueLinkToken } from "../shared/link-tokens.ts";
import type { AppointmentWriteDeps } from "./settings.ts";

/** The human pages appointment emails open (docs/API.md "Action pages"); the JSON twins live under /api/v1. */
export const APPOINTMENT_PAGE_PATHS = {
  reply: "/rendez-vous/reponse",
  parcoursup: "/rendez-vous/activation-parcoursup",
} as const;

type LinkDeps = Pick<AppointmentWriteDeps, "clock" | "ids" | "secrets" | "settings">;

const DAY_MINUTES = 24 * 60;

/** A fresh answer link for a request; the caller saves `link` in its transaction and puts `url` in the email. */
export async function prepareReplyLink(
  deps: LinkDeps,
  requestId: string,
  now: Date,
): Promise<{ link: AppointmentReplyLink; url: string }> {
  const validityMinutes = deps.settings.replyLinkDays * DAY_MINUTES;
  const issued = await issueLinkToken(deps.secrets, { purpose: "appointment_reply", now, validityMinutes });
  const link = {
    id: deps.ids.next(),
    tokenHash: issued.tokenHash,
    requestId,
    expiresAt: issued.expiresAt,
    createdAt: now,
  };
  return { link, url: `${deps.settings.publicUrl}${APPOINTMENT_PAGE_PATHS.reply}/${issued.token}` };
}

export async function prepareInvitation(
  deps: LinkDeps,
  establishment: Readonly<{ siret: string; name: string }>,
  recipientEmail: Email,
): Promise<{ invitation: ParcoursupInvitation; url: string }> {
  const now = deps.clock.now();
  const validityMinutes = deps.settings.invitationLinkDays * DAY_MINUTES;
  const issued = await issueLinkToken(deps.secrets, { purpose: "parcoursup_activation", now, validityMinutes });
  const invitation: ParcoursupInvitation = {
    id: deps.ids.next(),
    tokenHash: issued.tokenHash,
    siret: establishment.siret,
    establishmentName: establishment.name,
    recipientEmail,
    expiresAt: issued.expiresAt,
    usedAt: null,
    createdAt: now,
  };
  return { invitation, url: `${deps.settings.publicUrl}${APPOINTMENT_PAGE_PATHS.parcoursup}/${issued.token}` };
}
