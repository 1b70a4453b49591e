import type { IdentityLinkPurpose } from "../../domain/identity/identity-link.ts";
import { isOpen } from "../../domain/identity/join-request.ts";
import type { Email } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import { findUsableLink } from "./find-usable-link.ts";
import type { IdentityRepos } from "./ports.ts";

/** What an identity page shows before its button is pressed. */
export type LinkPreview =
  | Readonly<{ purpose: "login" }>
  | Readonly<{ purpose: "email_confirmation"; newEmail: Email }>
  | Readonly<{ purpose: "invitation"; email: Email; organisationName: string }>
  | Readonly<{
      purpose: "join_request";
      organisationName: string;
      requester: Readonly<{ firstName: string; lastName: string; email: Email; phone: string }>;
    }>;

type Deps = Readonly<{ unitOfWork: UnitOfWork<IdentityRepos>; clock: Clock }>;

/** The GET of an action page: checks the link and reads what to show; never marks it used (mail scanners). */
export function previewIdentityLink(deps: Deps) {
  return async (input: { token: string; purpose: IdentityLinkPurpose }): Promise<Result<LinkPreview, LinkInvalid>> => {
    const now = deps.clock.now();
    return deps.unitOfWork.run(async (repos) => {
      const found = await findUsableLink(repos.identityLinks, { ...input, now });
      if (!found.ok) return found;
      const link = found.value;
      if (link.purpose === "login") return ok({ purpose: "login" });
      if (link.purpose === "email_confirmation") return ok({ purpose: link.purpose, newEmail: link.newEmail });
      const organisation = await repos.organisations.findById(link.organisationId);
      if (!organisation) return err(linkInvalid("unknown"));
      if (link.purpose === "invitation") {
        return ok({ purpose: link.purpose, email: link.email, organisationName: organisation.displayName });
      }
      const request = await repos.joinRequests.findUnaccepted(link.organisationId, link.email);
      if (!request || !isOpen(request, now)) return err(linkInvalid("used"));
      const { firstName, lastName, email, phone } = request;
      const requester = { firstName, lastName, email, phone };
      return ok({ purpose: link.purpose, organisationName: organisation.displayName, requester });
    });
  };
}
