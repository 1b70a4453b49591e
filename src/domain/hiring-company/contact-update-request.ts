import type { Email } from "../shared/email.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { Siret } from "../shared/siret.ts";
import type { ContactOverride } from "./hiring-company.ts";

/**
 * An algorithm company's request to change its contact details (FAQ "contactez nos équipes"), applied only when
 * support approves it; the requester is told either way.
 */
export type ContactUpdateRequest = Readonly<{
  id: string;
  siret: Siret;
  /** At least one of email and phone. */
  email: Email | null;
  phone: string | null;
  requesterEmail: Email;
  status: "pending" | "approved" | "rejected";
  createdAt: Date;
  decidedAt: Date | null;
  /** The support member's user id. */
  decidedBy: string | null;
}>;

export type CompanyNotFound = Readonly<{ code: "COMPANY_NOT_FOUND"; siret: string }>;
export type UpdateRequestNotFound = Readonly<{ code: "UPDATE_REQUEST_NOT_FOUND"; id: string }>;
export type UpdateRequestAlreadyDecided = Readonly<{
  code: "UPDATE_REQUEST_ALREADY_DECIDED";
  status: "approved" | "rejected";
}>;

export type Decision = "approved" | "rejected";

/** Support decides once: a second decision (the same or the other) is a conflict. */
export function decideUpdateRequest(
  request: ContactUpdateRequest,
  decision: Decision,
  by: string,
  now: Date,
): Result<ContactUpdateRequest, UpdateRequestAlreadyDecided> {
  if (request.status !== "pending") return err({ code: "UPDATE_REQUEST_ALREADY_DECIDED", status: request.status });
  return ok({ ...request, status: decision, decidedAt: now, decidedBy: by });
}

/** What an approved request changes, on top of the file's values and of earlier approved changes. */
export function overrideOf(request: ContactUpdateRequest, previous: ContactOverride | null): ContactOverride {
  return {
    siret: request.siret,
    email: request.email ?? previous?.email ?? null,
    phone: request.phone ?? previous?.phone ?? null,
  };
}
