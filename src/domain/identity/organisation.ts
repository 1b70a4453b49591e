import { err, ok, type Result } from "../shared/result.ts";
import type { OrganisationNotActive } from "./errors.ts";

/** A company (recruiter) or a training centre (CFA) account; one per SIRET and kind while it is open. */
export type OrganisationKind = "company" | "cfa";

type OrganisationFields = Readonly<{
  id: string;
  kind: OrganisationKind;
  /** Establishment SIRET (the formateur's for a CFA), parsed by the sign-up before it reaches identity. */
  siret: string;
  /** Brand or legal name, shown to members and in emails. */
  displayName: string;
  createdAt: Date;
}>;

/**
 * pending (a sign-up whose first member has not used a login link yet: it holds no SIRET, docs/adr/0015) →
 * active (confirmed: it holds its SIRET) or deleted once `signUpExpiresAt` has passed;
 * active → disabled (by support: members can no longer log in; the SIRET stays taken) or
 * active → closed (its last member left: its offers close and the SIRET may sign up again).
 */
export type Organisation = OrganisationFields &
  (
    | Readonly<{ status: "pending"; signUpExpiresAt: Date }>
    | Readonly<{ status: "active" }>
    | Readonly<{ status: "disabled"; disabledAt: Date }>
    | Readonly<{ status: "closed"; closedAt: Date }>
  );

/** An organisation that holds its SIRET from the start (made by support, tests, organisations made before 0015). */
export function newOrganisation(fields: Omit<OrganisationFields, "createdAt"> & { now: Date }): Organisation {
  const { now, ...rest } = fields;
  return { ...rest, displayName: rest.displayName.trim(), createdAt: now, status: "active" };
}

/** A sign-up: pending until its first member uses a login link, at the latest by `expiresAt` (that link's end). */
export function newSignUp(
  fields: Omit<OrganisationFields, "createdAt"> & { now: Date; expiresAt: Date },
): Organisation {
  const { now, expiresAt, ...rest } = fields;
  return {
    ...rest,
    displayName: rest.displayName.trim(),
    createdAt: now,
    status: "pending",
    signUpExpiresAt: expiresAt,
  };
}

export function isActive(organisation: Organisation): boolean {
  return organisation.status === "active";
}

/** A pending sign-up that may still be confirmed at `now`. */
function isConfirmable(organisation: Organisation, now: Date): boolean {
  return organisation.status === "pending" && now.getTime() < organisation.signUpExpiresAt.getTime();
}

/** The founder used a login link in time: the organisation takes its SIRET (unless another took it first). */
export function confirmSignUp(organisation: Organisation, now: Date): Result<Organisation, OrganisationNotActive> {
  if (!isConfirmable(organisation, now)) return err(notActive(organisation.id, organisation.status));
  return ok({ ...fieldsOf(organisation), status: "active" });
}

export function disableOrganisation(
  organisation: Organisation,
  now: Date,
): Result<Organisation, OrganisationNotActive> {
  if (organisation.status !== "active") return err(notActive(organisation.id, organisation.status));
  return ok({ ...fieldsOf(organisation), status: "disabled", disabledAt: now });
}

export function closeOrganisation(organisation: Organisation, now: Date): Result<Organisation, OrganisationNotActive> {
  if (organisation.status !== "active") return err(notActive(organisation.id, organisation.status));
  return ok({ ...fieldsOf(organisation), status: "closed", closedAt: now });
}

function notActive(organisationId: string, status: Organisation["status"]): OrganisationNotActive {
  // An expired pending sign-up is no more active than a live one.
  return { code: "ORGANISATION_NOT_ACTIVE", organisationId, status: status === "active" ? "pending" : status };
}

function fieldsOf(organisation: Organisation): OrganisationFields {
  const { id, kind, siret, displayName, createdAt } = organisation;
  return { id, kind, siret, displayName, createdAt };
}
