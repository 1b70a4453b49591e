import type { z } from "@hono/zod-openapi";
import type { Me, Organisation, User } from "../../application/identity/index.ts";
import type { MeSchema, OrganisationSchema, UserSchema } from "../schemas/identity.schema.ts";

/** Domain → JSON bodies of the identity routes (ISO 8601 instants, explicit nulls). */
export function toUserBody(user: User, isAdmin: boolean): z.infer<typeof UserSchema> {
  return {
    ...user,
    emailConfirmedAt: user.emailConfirmedAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    isAdmin,
  };
}

export function toOrganisationBody(organisation: Organisation): z.infer<typeof OrganisationSchema> {
  const { id, kind, siret, displayName, status } = organisation;
  return {
    id,
    kind,
    siret,
    displayName,
    status,
    createdAt: organisation.createdAt.toISOString(),
    disabledAt: organisation.status === "disabled" ? organisation.disabledAt.toISOString() : null,
    closedAt: organisation.status === "closed" ? organisation.closedAt.toISOString() : null,
  };
}

export function toMeBody(me: Me): z.infer<typeof MeSchema> {
  return { user: toUserBody(me.user, me.isAdmin), organisations: me.organisations.map(toOrganisationBody) };
}
