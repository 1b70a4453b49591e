import type { IdentityLink, IdentityLinkPurpose } from "../../domain/identity/identity-link.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { IdentityLinkRepository } from "./ports.ts";

/** The link behind a token from a URL, if it may act now for `purpose` (unknown, used, expired: LINK_INVALID). */
export async function findUsableLink<P extends IdentityLinkPurpose>(
  links: IdentityLinkRepository,
  input: Readonly<{ token: string; purpose: P; now: Date }>,
): Promise<Result<Extract<IdentityLink, { purpose: P }>, LinkInvalid>> {
  const found = await links.findByTokenHash(await hashLinkToken(input.token));
  const checked = checkLinkToken(found, { purpose: input.purpose, now: input.now });
  if (!checked.ok) return checked;
  return found?.purpose === input.purpose
    ? ok(found as Extract<IdentityLink, { purpose: P }>)
    : err(linkInvalid("wrong_purpose"));
}
