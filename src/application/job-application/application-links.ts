import type { Intention } from "../../domain/job-application/job-application.ts";
import { issueLinkToken } from "../shared/link-tokens.ts";
import type { ResponseLink } from "./ports.ts";
import type { JobApplicationWriteDeps } from "./settings.ts";

/** The human pages the applications' emails open (docs/API.md "Action pages"); the JSON twins live under /api/v1. */
export const APPLICATION_PAGE_PATHS = {
  response: "/candidatures/reponse",
} as const;

/** The query parameter the three buttons set, so the page opens with that answer chosen. */
export const INTENTION_PARAMETER = "reponse";

type LinkDeps = Pick<JobApplicationWriteDeps, "ids" | "secrets" | "settings">;

const DAY_MINUTES = 24 * 60;

export type PreparedResponseLink = Readonly<{
  link: ResponseLink;
  /** One URL per button; the token is the last path segment of each. */
  urls: Readonly<Record<Intention, string>>;
}>;

/** A fresh quick-response link; the caller saves `link` in its transaction and puts `urls` in the email. */
export async function prepareResponseLink(
  deps: LinkDeps,
  applicationId: string,
  now: Date,
): Promise<PreparedResponseLink> {
  const validityMinutes = deps.settings.responseLinkDays * DAY_MINUTES;
  const issued = await issueLinkToken(deps.secrets, { purpose: "application_response", now, validityMinutes });
  const base = `${deps.settings.publicUrl}${APPLICATION_PAGE_PATHS.response}/${issued.token}`;
  const url = (intention: Intention) => `${base}?${INTENTION_PARAMETER}=${intention}`;
  return {
    link: {
      id: deps.ids.next(),
      applicationId,
      tokenHash: issued.tokenHash,
      purpose: issued.purpose,
      expiresAt: issued.expiresAt,
      usedAt: null,
      createdAt: now,
    },
    urls: { interview: url("interview"), later: url("later"), refuse: url("refuse") },
  };
}
