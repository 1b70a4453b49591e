import type { CompanyOfEmail, UnsubscriptionLink } from "../../domain/hiring-company/dereferencing.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { checkLinkToken, hashLinkToken, type LinkInvalid, linkInvalid } from "../shared/link-tokens.ts";
import type { HiringCompanyDeps } from "./deps.ts";
import type { HiringCompanyRepos } from "./ports.ts";
import { companyOfEmail } from "./request-unsubscription.ts";

/** What the confirmation page shows: the companies that will leave search. */
export type UnsubscriptionView = Readonly<{ companies: readonly CompanyOfEmail[]; expiresAt: Date }>;

async function usableLink(
  repos: HiringCompanyRepos,
  token: string,
  now: Date,
): Promise<Result<UnsubscriptionLink, LinkInvalid>> {
  const link = await repos.unsubscriptionLinks.findByHash(await hashLinkToken(token));
  const checked = checkLinkToken(link && { ...link, purpose: "company_unsubscription" as const }, {
    purpose: "company_unsubscription",
    now,
  });
  if (!checked.ok || !link) return err(checked.ok ? linkInvalid("unknown") : checked.error);
  return ok(link);
}

async function viewOf(repos: HiringCompanyRepos, link: UnsubscriptionLink): Promise<UnsubscriptionView> {
  const companies = [];
  for (const siret of link.sirets) {
    const company = await repos.hiringCompanies.findBySiret(siret);
    companies.push(company ? companyOfEmail(company) : { siret, name: `SIRET ${siret}`, city: "" });
  }
  return { companies, expiresAt: link.expiresAt };
}

/** `GET /entreprises/desinscription/{token}` (and its JSON twin): what will happen; changes nothing. */
export function readUnsubscription(deps: Pick<HiringCompanyDeps, "unitOfWork" | "clock">) {
  return (input: { token: string }): Promise<Result<UnsubscriptionView, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos) => {
      const link = await usableLink(repos, input.token, deps.clock.now());
      return link.ok ? ok(await viewOf(repos, link.value)) : link;
    });
}

/**
 * `POST /api/v1/company-unsubscriptions/{token}` and the page's button: the companies leave search in this very
 * transaction and are recorded as dereferenced, so later imports skip them. The link serves once.
 */
export function confirmUnsubscription(deps: Pick<HiringCompanyDeps, "unitOfWork" | "clock">) {
  return (input: { token: string }): Promise<Result<UnsubscriptionView, LinkInvalid>> =>
    deps.unitOfWork.run(async (repos): Promise<Result<UnsubscriptionView, LinkInvalid>> => {
      const now = deps.clock.now();
      const link = await usableLink(repos, input.token, now);
      if (!link.ok) return link;
      if (!(await repos.unsubscriptionLinks.markUsed(link.value.id, now))) return err(linkInvalid("used"));
      const view = await viewOf(repos, link.value);
      const { sirets, reason } = link.value;
      await repos.companyDecisions.dereference(sirets.map((siret) => ({ siret, reason, dereferencedAt: now })));
      await repos.hiringCompanies.remove(sirets);
      await repos.searchIndex.remove("company", sirets);
      return ok(view);
    });
}
