import type { IdentityLink, IdentityLinkPurpose } from "../../domain/identity/identity-link.ts";
import { type IssuedLinkToken, issueLinkToken } from "../shared/link-tokens.ts";
import type { LinkDeps } from "./settings.ts";

/** The human pages the identity emails open (docs/API.md "Action pages"); the token is the last path segment. */
const IDENTITY_PAGE_PATHS = {
  login: "/connexion",
  email_confirmation: "/confirmation-email",
  invitation: "/invitation",
  join_request: "/demande-acces",
} as const satisfies Record<IdentityLinkPurpose, string>;

function identityLinkUrl(publicUrl: string, purpose: IdentityLinkPurpose, token: string): string {
  return `${publicUrl}${IDENTITY_PAGE_PATHS[purpose]}/${token}`;
}

type Subject<P extends IdentityLinkPurpose> = Omit<
  Extract<IdentityLink, { purpose: P }>,
  "id" | "createdAt" | "tokenHash" | "expiresAt" | "usedAt"
>;

export type PreparedLink<P extends IdentityLinkPurpose> = Readonly<{
  link: Extract<IdentityLink, { purpose: P }>;
  /** Goes into the email only. */
  url: string;
}>;

/** A fresh random link for `subject`, valid `minutes` from now; the caller saves `link` and emails `url`. */
export async function prepareLink<P extends IdentityLinkPurpose>(
  deps: LinkDeps,
  subject: Subject<P> & Readonly<{ purpose: P }>,
  minutes: number,
): Promise<PreparedLink<P>> {
  const now = deps.clock.now();
  const issued: IssuedLinkToken = await issueLinkToken(deps.secrets, {
    purpose: subject.purpose,
    now,
    validityMinutes: minutes,
  });
  const link = {
    ...subject,
    id: deps.ids.next(),
    createdAt: now,
    tokenHash: issued.tokenHash,
    expiresAt: issued.expiresAt,
    usedAt: null,
  } as Extract<IdentityLink, { purpose: P }>;
  return { link, url: identityLinkUrl(deps.settings.publicUrl, subject.purpose, issued.token) };
}
