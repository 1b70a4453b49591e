import type { SecretGenerator } from "../shared/link-tokens.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { HiringCompanyRepos, HiringCompanyRepository } from "./ports.ts";

/** What the hiring-company use cases share. */
export type HiringCompanyDeps = Readonly<{
  unitOfWork: UnitOfWork<HiringCompanyRepos>;
  /** Outside any transaction, on the read replica when there is one (public reads). */
  companies: HiringCompanyRepository;
  clock: Clock;
  ids: IdGenerator;
  secrets: SecretGenerator;
  /** PUBLIC_URL: where the emailed links point. */
  publicUrl: string;
}>;

/** The page the dereferencing email opens (docs/API.md "Action pages"); its JSON twin is under /api/v1. */
export const UNSUBSCRIPTION_PAGE_PATH = "/entreprises/desinscription";
