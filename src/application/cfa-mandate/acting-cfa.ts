import type { CfaOnly } from "../../domain/cfa-mandate/errors.ts";
import { err, type Result } from "../../domain/shared/result.ts";
import {
  type Actor,
  type ActorOrganisation,
  actingOrganisation,
  type NotAMember,
  type OrganisationRequired,
} from "../identity/index.ts";

export type ActingCfaRefusal = OrganisationRequired | NotAMember | CfaOnly;

/**
 * The CFA the person acts for (`X-Organisation-Id` when it belongs to several): partner companies are a training
 * centre's business (docs/PRODUCT.md §3), so a company account is refused with CFA_ONLY.
 */
export function actingCfa(actor: Actor): Result<ActorOrganisation, ActingCfaRefusal> {
  const acting = actingOrganisation(actor);
  if (!acting.ok || acting.value.kind === "cfa") return acting;
  return err({ code: "CFA_ONLY", organisationId: acting.value.id });
}
