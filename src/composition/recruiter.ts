import { createCachedEstablishmentDirectory } from "../adapters/cache/cached-establishment-directory.ts";
import { createFranceCompetencesOpcoResolver } from "../adapters/france-competences/opco-resolver.france-competences.ts";
import { createIdccOpcoResolver } from "../adapters/idcc/opco-resolver.idcc.ts";
import { createInseeEstablishmentDirectory } from "../adapters/insee/establishment-directory.insee.ts";
import { createMemoryEstablishmentDirectory } from "../adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../adapters/memory/fixtures/establishments.ts";
import { DEMO_TRAINING_PROVIDERS } from "../adapters/memory/fixtures/training-providers.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgEstablishmentProfileRepository } from "../adapters/postgres/establishment-profiles.postgres.ts";
import { createPgNomenclatureReferential } from "../adapters/postgres/nomenclature-referential.postgres.ts";
import {
  createPgTrainingProviderRegistry,
  upsertTrainingProviders,
} from "../adapters/postgres/training-providers.postgres.ts";
import type { LinkDeps, User } from "../application/identity/index.ts";
import type { EstablishmentDirectory, OpcoResolver, SignUpRepos } from "../application/recruiter/index.ts";
import * as recruiter from "../application/recruiter/index.ts";
import type { NomenclatureReferential } from "../application/referential/index.ts";
import type { Logger, UnitOfWork } from "../application/shared/ports.ts";
import type { TrainingProviderRegistry } from "../application/training-catalogue/index.ts";
import type { Config } from "../config.ts";

/**
 * The recruiter part of the composition root (same role, same rights): INSEE's API when INSEE_API_KEY is set,
 * else the offline demo directory, always behind the TTL cache; OPCO from France compétences when its key is set,
 * else from the IDCC table. Tests may pass their own directory, resolver or training-provider registry.
 */
export type RecruiterOverrides = Readonly<{
  establishmentDirectory?: EstablishmentDirectory;
  opcoResolver?: OpcoResolver;
  trainingProviders?: TrainingProviderRegistry;
}>;

export function buildRecruiter(
  db: Db,
  unitOfWork: UnitOfWork<SignUpRepos>,
  identity: LinkDeps & Readonly<{ listMembers: (organisationId: string) => Promise<readonly User[]> }>,
  config: Config,
  logger: Logger,
  overrides: RecruiterOverrides = {},
) {
  const { clock } = identity;
  const nomenclatures = createPgNomenclatureReferential(db);
  const { insee } = config.recruiter;
  const directory = overrides.establishmentDirectory ?? buildDirectory(config);
  const establishments = createCachedEstablishmentDirectory(directory, {
    clock,
    ttlMs: insee.cacheTtlSeconds * 1000,
    notFoundTtlMs: insee.notFoundCacheTtlSeconds * 1000,
  });
  const opcoResolver = overrides.opcoResolver ?? buildOpcoResolver(config, nomenclatures, logger);
  // The catalogue import (Carif-Oref) will fill this table; until then development mode seeds the demo CFAs.
  const trainingProviders = overrides.trainingProviders ?? createPgTrainingProviderRegistry(db);
  const { listMembers, ...linkDeps } = identity;
  const signUp = { identity: linkDeps, unitOfWork, establishments, nomenclatures };
  return {
    useCases: {
      lookUpEstablishment: recruiter.lookUpEstablishment({ establishments, opcoResolver, nomenclatures }),
      listOpcos: recruiter.listOpcos({ nomenclatures }),
      signUpCompany: recruiter.signUpCompany({ ...signUp, opcoResolver }),
      signUpCfa: recruiter.signUpCfa({ ...signUp, trainingProviders }),
      describeOrganisation: recruiter.describeOrganisation({
        establishmentProfiles: createPgEstablishmentProfileRepository(db),
        listMembers: identity.listMembers,
      }),
    },
    trainingProviders,
    /** The cached INSEE directory and the OPCO resolver, for the CFA-mandate context. */
    forOtherContexts: { establishments, opcoResolver },
    /** Development mode: the demo training establishments (labelled "demo" in the table). */
    seedDemoData: () => upsertTrainingProviders(db, DEMO_TRAINING_PROVIDERS, "demo", clock.now()),
    fixtures: recruiter.establishmentFixtures(insee.apiKey || overrides.establishmentDirectory ? null : DEMO_SIRETS),
  };
}

function buildDirectory(config: Config): EstablishmentDirectory {
  const { apiKey, baseUrl, timeoutMs } = config.recruiter.insee;
  if (!apiKey) return createMemoryEstablishmentDirectory(DEMO_ESTABLISHMENTS);
  return createInseeEstablishmentDirectory({ apiKey, baseUrl, timeoutMs });
}

function buildOpcoResolver(config: Config, nomenclatures: NomenclatureReferential, logger: Logger): OpcoResolver {
  const idccTable = createIdccOpcoResolver(nomenclatures);
  const { apiKey, baseUrl, timeoutMs } = config.recruiter.franceCompetences;
  if (!apiKey) return idccTable;
  return createFranceCompetencesOpcoResolver({
    apiKey,
    baseUrl,
    timeoutMs,
    nomenclatures,
    fallback: idccTable,
    logger,
  });
}
