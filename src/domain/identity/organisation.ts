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
 * active → disabled (by support: members can no longer log in; the SIRET stays taken) or
 * active → closed (its last member left: its offers close and the SIRET may sign up again).
 */
export type Organisation = OrganisationFields &
  (
    | Readonly<{ status: "active" }>
    | Readonly<{ status: "disabled"; disabledAt: Date }>
    | Readonly<{ status: "closed"; closedAt: Date }>
  );

export function newOrganisation(fields: Omit<OrganisationFields, "createdAt"> & { now: Date }): Organisation {
  const { now, ...rest } = fields;
  return { ...rest, displayName: rest.displayName.trim(), createdAt: now, status: "active" };
}

export function isActive(organisation: Organisation): boolean {
  return organisation.status === "active";
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

function notActive(organisationId: string, status: OrganisationNotActive["status"]): OrganisationNotActive {
  return { code: "ORGANISATION_NOT_ACTIVE", organisationId, status };
}

function fieldsOf(organisation: Organisation): OrganisationFields {
  const { id, kind, siret, displayName, createdAt } = organisation;
  return { id, kind, siret, displayName, createdAt };
}
