import type { z } from "@hono/zod-openapi";
import type { Me, OpenJoinRequest, Organisation, User } from "../../application/identity/index.ts";
import type {
  AdminJoinRequestPageSchema,
  MeSchema,
  OrganisationSchema,
  UserSchema,
} from "../schemas/identity.schema.ts";

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
  const organisations = me.organisations.map(({ organisation, role }) => ({
    ...toOrganisationBody(organisation),
    role,
  }));
  return { user: toUserBody(me.user, me.isAdmin), organisations };
}

type JoinRequestBody = z.infer<typeof AdminJoinRequestPageSchema>["items"][number];

export function toJoinRequestBody({ request, organisation }: OpenJoinRequest): JoinRequestBody {
  const { id, email, firstName, lastName, phone } = request;
  return {
    id,
    organisation: organisation && {
      id: organisation.id,
      kind: organisation.kind,
      siret: organisation.siret,
      displayName: organisation.displayName,
    },
    email,
    firstName,
    lastName,
    phone,
    createdAt: request.createdAt.toISOString(),
    expiresAt: request.expiresAt.toISOString(),
  };
}
