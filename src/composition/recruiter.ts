import { createCachedEstablishmentDirectory } from "../adapters/cache/cached-establishment-directory.ts";
import { createFranceCompetencesOpcoResolver } from "../adapters/france-competences/opco-resolver.france-competences.ts";
import { createIdccOpcoResolver } from "../adapters/idcc/opco-resolver.idcc.ts";
import { createInseeEstablishmentDirectory } from "../adapters/insee/establishment-directory.insee.ts";
import { createMemoryEstablishmentDirectory } from "../adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../adapters/memory/fixtures/establishments.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgNomenclatureReferential } from "../adapters/postgres/nomenclature-referential.postgres.ts";
import type { EstablishmentDirectory, OpcoResolver } from "../application/recruiter/index.ts";
import * as recruiter from "../application/recruiter/index.ts";
import type { NomenclatureReferential } from "../application/referential/index.ts";
import type { Clock, Logger } from "../application/shared/ports.ts";
import type { Config } from "../config.ts";

/**
 * The recruiter part of the composition root (same role, same rights): INSEE's API when INSEE_API_KEY is set,
 * else the offline demo directory, always behind the TTL cache; OPCO from France compétences when its key is set,
 * else from the IDCC table. Tests may pass their own directory or resolver.
 */
export type RecruiterOverrides = Readonly<{
  establishmentDirectory?: EstablishmentDirectory;
  opcoResolver?: OpcoResolver;
}>;

export function buildRecruiter(
  db: Db,
  config: Config,
  clock: Clock,
  logger: Logger,
  overrides: RecruiterOverrides = {},
) {
  const nomenclatures = createPgNomenclatureReferential(db);
  const { insee } = config.recruiter;
  const directory = overrides.establishmentDirectory ?? buildDirectory(config);
  const establishments = createCachedEstablishmentDirectory(directory, {
    clock,
    ttlMs: insee.cacheTtlSeconds * 1000,
    notFoundTtlMs: insee.notFoundCacheTtlSeconds * 1000,
  });
  const opcoResolver = overrides.opcoResolver ?? buildOpcoResolver(config, nomenclatures, logger);
  return {
    useCases: { lookUpEstablishment: recruiter.lookUpEstablishment({ establishments, opcoResolver, nomenclatures }) },
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
