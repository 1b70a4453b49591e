import {
  type CompanyOfEmail,
  companiesToDereference,
  type NoCompanyForEmail,
  type SeveralCompanies,
  UNSUBSCRIPTION_LINK_DAYS,
  type UnsubscriptionLink,
} from "../../domain/hiring-company/dereferencing.ts";
import { type HiringCompany, publicNameOf } from "../../domain/hiring-company/hiring-company.ts";
import { type EmailError, parseEmail } from "../../domain/shared/email.ts";
import { ok, type Result } from "../../domain/shared/result.ts";
import { companyUnsubscriptionEmail } from "../messaging/index.ts";
import { issueLinkToken } from "../shared/link-tokens.ts";
import { type HiringCompanyDeps, UNSUBSCRIPTION_PAGE_PATH } from "./deps.ts";

export type UnsubscriptionInput = Readonly<{ email: string; reason: string; sirets?: readonly string[] | null }>;

const DAY_MINUTES = 24 * 60;

export const companyOfEmail = (company: HiringCompany): CompanyOfEmail => ({
  siret: company.siret,
  name: publicNameOf(company),
  city: company.address.city,
});

/**
 * `POST /api/v1/company-unsubscriptions` (FAQ "Comment déréférencer mon entreprise"): a single-use confirmation
 * link goes to the company's known email, which proves the request comes from it; nothing leaves search yet.
 */
export function requestUnsubscription(deps: HiringCompanyDeps) {
  return async (
    input: UnsubscriptionInput,
  ): Promise<Result<{ expiresAt: Date }, EmailError | NoCompanyForEmail | SeveralCompanies>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const now = deps.clock.now();
    return deps.unitOfWork.run(async ({ hiringCompanies, unsubscriptionLinks, outbox }) => {
      const ofEmail = (await hiringCompanies.findByEmail(email.value)).map(companyOfEmail);
      const chosen = companiesToDereference(ofEmail, input.sirets ?? null);
      if (!chosen.ok) return chosen;
      const validityMinutes = UNSUBSCRIPTION_LINK_DAYS * DAY_MINUTES;
      const issued = await issueLinkToken(deps.secrets, { purpose: "company_unsubscription", now, validityMinutes });
      const link: UnsubscriptionLink = {
        id: deps.ids.next(),
        tokenHash: issued.tokenHash,
        email: email.value,
        sirets: chosen.value.map((company) => company.siret),
        reason: input.reason.trim(),
        expiresAt: issued.expiresAt,
        usedAt: null,
        createdAt: now,
      };
      await unsubscriptionLinks.save(link);
      const message = companyUnsubscriptionEmail({
        companyName: chosen.value.map((company) => company.name).join(", "),
        url: `${deps.publicUrl}${UNSUBSCRIPTION_PAGE_PATH}/${issued.token}`,
        validityDays: UNSUBSCRIPTION_LINK_DAYS,
      });
      await outbox.enqueue(
        { to: email.value, ...message },
        { idempotencyKey: `company-unsubscription/${link.id}`, now },
      );
      return ok({ expiresAt: link.expiresAt });
    });
  };
}
