import type { OpcoResolver } from "./ports.ts";
import { signUpCompany } from "./sign-up-company.ts";
import type { SignUpDeps } from "./sign-up-steps.ts";

/**
 * DEMO DATA (SEED_DEMO_DATA, src/composition/demo-offers.ts): a generated company signed up by its recruiter with
 * the company sign-up's own checks and establishment profile (INSEE's offline directory knows the demo SIRETs),
 * in a transaction whose `registerOrganisation` is identity's demo registration: the account is left as a
 * confirmed sign-up leaves it, without a welcome email, so no per-address email limit applies.
 */
export function signUpDemoCompany(deps: Omit<SignUpDeps, "limitEmailsTo"> & Readonly<{ opcoResolver: OpcoResolver }>) {
  return signUpCompany({ ...deps, limitEmailsTo: async () => null });
}
