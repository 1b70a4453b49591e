import type { EmailError } from "../../domain/shared/email.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import type { Result } from "../../domain/shared/result.ts";
import { parseSiret, type SiretInvalid } from "../../domain/shared/siret.ts";
import type { JoinRequested, JoinRequestInput, NoAccountToJoin } from "../identity/index.ts";

export type JoinRequestRefusal = SiretInvalid | NoAccountToJoin | EmailError | RateLimited;

type Deps = Readonly<{
  requestToJoin: (input: JoinRequestInput) => Promise<Result<JoinRequested, Exclude<JoinRequestRefusal, SiretInvalid>>>;
}>;

/**
 * `POST /api/v1/join-requests` (docs/adr/0015): the alternative a sign-up refused with ACCOUNT_EXISTS offers. The
 * SIRET is read as at sign-up, then identity asks the organisation's admins.
 */
export function requestToJoin(deps: Deps) {
  return async (input: JoinRequestInput): Promise<Result<JoinRequested, JoinRequestRefusal>> => {
    const siret = parseSiret(input.siret);
    if (!siret.ok) return siret;
    return deps.requestToJoin({ ...input, siret: siret.value });
  };
}
