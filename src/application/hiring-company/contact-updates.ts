import {
  type CompanyNotFound,
  type ContactUpdateRequest,
  type Decision,
  decideUpdateRequest,
  overrideOf,
  type UpdateRequestAlreadyDecided,
  type UpdateRequestNotFound,
} from "../../domain/hiring-company/contact-update-request.ts";
import { publicNameOf } from "../../domain/hiring-company/hiring-company.ts";
import { requireAdmin } from "../../domain/identity/actor.ts";
import type { AdminOnly } from "../../domain/identity/errors.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Actor } from "../identity/index.ts";
import { companyContactUpdateDecidedEmail } from "../messaging/index.ts";
import { companySearchEntry } from "./company-search-entry.ts";
import type { HiringCompanyDeps } from "./deps.ts";
import type { UpdateRequestPage } from "./ports.ts";

export type ContactUpdateInput = Readonly<{
  siret: string;
  email?: string | null;
  /** Already checked against the French numbering plan by the HTTP edge. */
  phone?: string | null;
  requesterEmail: string;
}>;

function parsedEmail(value: string | null | undefined): Result<Email | null, EmailError> {
  if (value === null || value === undefined) return ok(null);
  return parseEmail(value);
}

/** `POST /api/v1/company-update-requests`: stored for support; nothing shown changes until it is approved. */
export function requestContactUpdate(deps: HiringCompanyDeps) {
  return async (input: ContactUpdateInput): Promise<Result<ContactUpdateRequest, EmailError | CompanyNotFound>> => {
    const requesterEmail = parseEmail(input.requesterEmail);
    if (!requesterEmail.ok) return requesterEmail;
    const email = parsedEmail(input.email);
    if (!email.ok) return email;
    const now = deps.clock.now();
    return deps.unitOfWork.run(async ({ hiringCompanies, updateRequests }) => {
      const company = await hiringCompanies.findBySiret(input.siret);
      if (!company) return err({ code: "COMPANY_NOT_FOUND" as const, siret: input.siret });
      const request: ContactUpdateRequest = {
        id: deps.ids.next(),
        siret: company.siret,
        email: email.value,
        phone: input.phone ?? null,
        requesterEmail: requesterEmail.value,
        status: "pending",
        createdAt: now,
        decidedAt: null,
        decidedBy: null,
      };
      await updateRequests.add(request);
      return ok(request);
    });
  };
}

/** `GET /api/v1/admin/company-update-requests`: support's queue, oldest first. */
export function listContactUpdates(deps: HiringCompanyDeps) {
  return async (input: {
    actor: Actor;
    status?: ContactUpdateRequest["status"] | undefined;
    page: number;
    pageSize: number;
  }): Promise<Result<UpdateRequestPage & { page: number; pageSize: number }, AdminOnly>> => {
    const admin = requireAdmin(input.actor);
    if (!admin.ok) return admin;
    const { page, pageSize } = input;
    const found = await deps.unitOfWork.run(({ updateRequests }) =>
      updateRequests.list({ status: input.status ?? null, page, pageSize }),
    );
    return ok({ ...found, page, pageSize });
  };
}

export type DecisionRefusal = AdminOnly | UpdateRequestNotFound | UpdateRequestAlreadyDecided;

/**
 * `POST /api/v1/admin/company-update-requests/{id}/approve` (or `/reject`): decided once (again → 409). Approved,
 * the change shows at once (the search entry is put again: canApply may turn true) and survives imports; either
 * way the requester is told by email, in the same transaction.
 */
export function decideContactUpdate(deps: HiringCompanyDeps, decision: Decision) {
  return (input: { actor: Actor; id: string }): Promise<Result<ContactUpdateRequest, DecisionRefusal>> =>
    deps.unitOfWork.run(async (repos): Promise<Result<ContactUpdateRequest, DecisionRefusal>> => {
      const admin = requireAdmin(input.actor);
      if (!admin.ok) return admin;
      const request = await repos.updateRequests.findById(input.id);
      if (!request) return err({ code: "UPDATE_REQUEST_NOT_FOUND", id: input.id });
      const now = deps.clock.now();
      const decided = decideUpdateRequest(request, decision, input.actor.userId, now);
      if (!decided.ok) return decided;
      if (!(await repos.updateRequests.saveDecision(decided.value))) {
        return err({ code: "UPDATE_REQUEST_ALREADY_DECIDED", status: decision });
      }
      const company = await repos.hiringCompanies.findBySiret(request.siret);
      if (decision === "approved") {
        const override = overrideOf(request, await repos.companyDecisions.contactOverride(request.siret as Siret));
        await repos.companyDecisions.saveContactOverride(override, now);
        const changed = await repos.hiringCompanies.applyContact(override);
        if (changed) await repos.searchIndex.put([companySearchEntry(changed)]);
      }
      const message = companyContactUpdateDecidedEmail({
        companyName: company ? publicNameOf(company) : `SIRET ${request.siret}`,
        siret: request.siret,
        approved: decision === "approved",
        email: request.email,
        phone: request.phone,
      });
      const idempotencyKey = `company-update-request/${request.id}/${decision}`;
      await repos.outbox.enqueue({ to: request.requesterEmail, ...message }, { idempotencyKey, now });
      return ok(decided.value);
    });
}
