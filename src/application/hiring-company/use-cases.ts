import { confirmUnsubscription, readUnsubscription } from "./confirm-unsubscription.ts";
import { decideContactUpdate, listContactUpdates, requestContactUpdate } from "./contact-updates.ts";
import type { HiringCompanyDeps } from "./deps.ts";
import { getHiringCompany } from "./get-hiring-company.ts";
import { requestUnsubscription } from "./request-unsubscription.ts";

/** Every hiring-company use case, bound to one deps bag (PostgreSQL in the service, fakes in tests). */
export function hiringCompanyUseCases(deps: HiringCompanyDeps) {
  return {
    getHiringCompany: getHiringCompany(deps),
    requestUnsubscription: requestUnsubscription(deps),
    readUnsubscription: readUnsubscription(deps),
    confirmUnsubscription: confirmUnsubscription(deps),
    requestContactUpdate: requestContactUpdate(deps),
    listContactUpdates: listContactUpdates(deps),
    approveContactUpdate: decideContactUpdate(deps, "approved"),
    rejectContactUpdate: decideContactUpdate(deps, "rejected"),
  };
}

export type HiringCompanyUseCases = ReturnType<typeof hiringCompanyUseCases>;

/** GET /dev/fixtures: a live company with an email, and an email two or more live companies share. */
export function hiringCompanyFixtures(deps: Pick<HiringCompanyDeps, "companies">) {
  return async () => ({
    hiringCompany: await deps.companies.withEmailSample(),
    hiringCompaniesSharingEmail: await deps.companies.sharedEmailSample(),
  });
}
