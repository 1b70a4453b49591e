import type { ParcoursupInvitation } from "../../domain/appointment/links.ts";
import type { PlatformSwitches } from "../../domain/appointment/platform.ts";
import { DEFAULT_PLATFORM_SWITCHES } from "../../domain/appointment/platform.ts";
import { withParcoursupActivated } from "../../domain/appointment/settings.ts";
import { type Email, parseEmail } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Actor } from "../identity/index.ts";
import { parcoursupInvitationEmail } from "../messaging/index.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import { prepareInvitation } from "./appointment-links.ts";
import type { AppointmentRepos, AppointmentSettingsRepository } from "./ports.ts";
import { adminOnly, type InvitationRefusal } from "./refusals.ts";
import type { AppointmentWriteDeps, TrainingReader } from "./settings.ts";

type InvitationDeps = AppointmentWriteDeps &
  Readonly<{ trainings: TrainingReader; appointmentSettings: AppointmentSettingsRepository }>;

export type InvitationSent = Readonly<{ invitationId: string; recipientEmail: Email; expiresAt: Date }>;

/** Support's address for the establishment, else the catalogue's formateur email, else its first training's. */
async function recipientOf(deps: InvitationDeps, siret: Siret, formateurEmail: string | null): Promise<Email | null> {
  const settings = await deps.appointmentSettings.establishment(siret);
  if (settings?.contactEmail) return settings.contactEmail;
  const trainings = await deps.trainings.trainingsOfFormateur(siret);
  // The catalogue's addresses are free text: the first one that is an address.
  for (const candidate of [formateurEmail, ...trainings.map((training) => training.sessionEmail)]) {
    const parsed = parseEmail(candidate ?? "");
    if (parsed.ok) return parsed.value;
  }
  return null;
}

/**
 * `POST /api/v1/admin/establishments/{siret}/parcoursup-invitation`: support sends (or sends again: each time a
 * new link) the invitation to activate the service on Parcoursup. Nothing changes until the CFA's own POST.
 */
export function sendParcoursupInvitation(deps: InvitationDeps) {
  return async (input: { actor: Actor; siret: string }): Promise<Result<InvitationSent, InvitationRefusal>> => {
    if (!input.actor.isAdmin) return err(adminOnly);
    const siret = input.siret as Siret;
    const formateur = await deps.trainings.formateurOf(siret);
    if (!formateur) return err({ code: "ESTABLISHMENT_NOT_IN_CATALOGUE", siret: input.siret });
    const recipientEmail = await recipientOf(deps, siret, formateur.email);
    if (!recipientEmail) return err({ code: "NO_RECIPIENT_EMAIL", siret: input.siret });
    const establishment = { siret: input.siret, name: formateur.legalName };
    return deps.unitOfWork.run(async (repos) => {
      const { invitation, url } = await prepareInvitation(deps, establishment, recipientEmail);
      await repos.appointmentLinks.saveInvitation(invitation);
      const email = parcoursupInvitationEmail({
        establishmentName: formateur.legalName,
        activationUrl: url,
        validityDays: deps.settings.invitationLinkDays,
      });
      const options = { idempotencyKey: `parcoursup-invitation/${invitation.id}`, now: invitation.createdAt };
      await repos.outbox.enqueue({ to: recipientEmail, ...email }, options);
      return ok({ invitationId: invitation.id, recipientEmail, expiresAt: invitation.expiresAt });
    });
  };
}

async function usableInvitation(
  repos: AppointmentRepos,
  token: string,
  now: Date,
): Promise<Result<ParcoursupInvitation, LinkInvalid>> {
  const invitation = await repos.appointmentLinks.findInvitation(await hashLinkToken(token));
  const stored = invitation && { ...invitation, purpose: "parcoursup_activation" as const };
  const checked = checkLinkToken(stored, { purpose: "parcoursup_activation", now });
  if (!checked.ok || !invitation) return err(checked.ok ? linkInvalid("unknown") : checked.error);
  return ok(invitation);
}

export type ParcoursupActivationView = Readonly<{
  siret: string;
  establishmentName: string;
  /** The establishment's own switch (a training's override may still differ). */
  platforms: PlatformSwitches;
  expiresAt: Date;
}>;

async function viewOf(repos: AppointmentRepos, invitation: ParcoursupInvitation): Promise<ParcoursupActivationView> {
  const settings = await repos.appointmentSettings.establishment(invitation.siret);
  const { siret, establishmentName, expiresAt } = invitation;
  return { siret, establishmentName, platforms: settings?.platforms ?? DEFAULT_PLATFORM_SWITCHES, expiresAt };
}

/** `GET /api/v1/parcoursup-activations/{token}` and its page: the commitment and the current state; changes nothing. */
export function readParcoursupInvitation(deps: Pick<AppointmentWriteDeps, "unitOfWork" | "clock">) {
  return (input: { token: string }): Promise<Result<ParcoursupActivationView, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const invitation = await usableInvitation(repos, input.token, deps.clock.now());
      return invitation.ok ? ok(await viewOf(repos, invitation.value)) : invitation;
    });
}

/**
 * `POST /api/v1/parcoursup-activations/{token}`: the CFA commits to answer within 4 working days and the service
 * is on for Parcoursup for its establishment (its other switches and support's address kept). The link serves once.
 */
export function activateParcoursup(deps: Pick<AppointmentWriteDeps, "unitOfWork" | "clock">) {
  return (input: { token: string }): Promise<Result<ParcoursupActivationView, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos): Promise<Result<ParcoursupActivationView, LinkInvalid>> => {
      const now = deps.clock.now();
      const invitation = await usableInvitation(repos, input.token, now);
      if (!invitation.ok) return invitation;
      if (!(await repos.appointmentLinks.markInvitationUsed(invitation.value.id, now))) return err(linkInvalid("used"));
      const current = await repos.appointmentSettings.establishment(invitation.value.siret);
      await repos.appointmentSettings.saveEstablishment(withParcoursupActivated(invitation.value.siret, current, now));
      return ok(await viewOf(repos, invitation.value));
    });
}
