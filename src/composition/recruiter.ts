import { createCachedEstablishmentDirectory } from "../adapters/cache/cached-establishment-directory.ts";
import { demoCatalogueEstablishments } from "../adapters/carif-oref/demo-catalogue.ts";
import { createFranceCompetencesOpcoResolver } from "../adapters/france-competences/opco-resolver.france-competences.ts";
import { createIdccOpcoResolver } from "../adapters/idcc/opco-resolver.idcc.ts";
import { demoCompanyEstablishments } from "../adapters/insee/demo-companies.ts";
import { createInseeEstablishmentDirectory } from "../adapters/insee/establishment-directory.insee.ts";
import { createMemoryEstablishmentDirectory } from "../adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../adapters/memory/fixtures/establishments.ts";
import { createPgEstablishmentProfileRepository } from "../adapters/postgres/recruiter/establishment-profiles.postgres.ts";
import {
  type EstablishmentDirectory,
  establishmentFixtures,
  type OpcoResolver,
  type RecruiterPublishedApi,
  recruiterPublishedApi,
  recruiterUseCases,
} from "../application/recruiter/index.ts";
import type { NomenclatureReferential } from "../application/referential/index.ts";
import type { Logger } from "../application/shared/ports.ts";
import type { TrainingProviderRegistry } from "../application/training/index.ts";
import type { Config } from "../config.ts";
import { recruiterPageRoutes } from "../http/pages/recruiter/index.ts";
import { recruiterCatalogue } from "../http/recruiter-errors.ts";
import { organisationRoutes } from "../http/routes/organisation.routes.ts";
import { recruiterRoutes } from "../http/routes/recruiter.routes.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    recruiter: RecruiterPublishedApi;
  }
  interface ServiceOverrides {
    establishmentDirectory?: EstablishmentDirectory;
    opcoResolver?: OpcoResolver;
    trainingProviders?: TrainingProviderRegistry;
  }
}

/**
 * Establishments (INSEE's API when INSEE_API_KEY is set, else the offline demo directory, always behind the TTL
 * cache), OPCO (France compétences when its key is set, else the IDCC table), company and CFA sign-up.
 */
export const recruiterModule = defineModule({
  name: "recruiter",
  build(kit) {
    const { config, overrides, clock } = kit;
    const { nomenclatures } = kit.apis.referential;
    const { insee } = config.recruiter;
    const establishments = createCachedEstablishmentDirectory(overrides.establishmentDirectory ?? directory(config), {
      clock,
      ttlMs: insee.cacheTtlSeconds * 1000,
      notFoundTtlMs: insee.notFoundCacheTtlSeconds * 1000,
    });
    // The training establishments of the imported catalogue (one per formateur SIRET).
    const trainingProviders = overrides.trainingProviders ?? kit.apis.training.providers;
    const { identity } = kit.apis;
    const deps = {
      clock,
      unitOfWork: kit.unitOfWork((tx, { within }) => ({
        establishmentProfiles: createPgEstablishmentProfileRepository(tx),
        registerOrganisation: within.identity.registerOrganisation,
      })),
      demoUnitOfWork: kit.unitOfWork((tx, { within }) => ({
        establishmentProfiles: createPgEstablishmentProfileRepository(tx),
        registerOrganisation: within.identity.registerDemoOrganisation,
      })),
      establishments,
      opcoResolver: overrides.opcoResolver ?? opcoResolver(config, nomenclatures, kit.logger),
      nomenclatures,
      trainingProviders,
      establishmentProfiles: createPgEstablishmentProfileRepository(kit.db),
      listMembers: identity.listMembers,
      limitEmailsTo: identity.limitEmailsTo,
      requestToJoin: identity.requestToJoin,
    };
    const offline = !insee.apiKey && !overrides.establishmentDirectory;
    return {
      useCases: recruiterUseCases(deps),
      published: recruiterPublishedApi(deps),
      fixtures: establishmentFixtures(offline ? DEMO_SIRETS : null),
    };
  },
  routes: (useCases, http) => [
    recruiterRoutes(useCases),
    organisationRoutes(useCases, http.auth),
    // The CFA finder needs the training context's findTrainingEstablishments, not published yet: SIRET only.
    recruiterPageRoutes(useCases, sitePages(http), {
      findTrainingEstablishments: (input) => http.apis.training.findEstablishments(input),
    }),
  ],
  refusals: recruiterCatalogue,
});

function directory(config: Config): EstablishmentDirectory {
  const { apiKey, baseUrl, timeoutMs } = config.recruiter.insee;
  if (!apiKey) return offlineDirectory();
  return createInseeEstablishmentDirectory({ apiKey, baseUrl, timeoutMs });
}

/**
 * Offline, INSEE also knows every formateur of the demo catalogue, so a demo CFA can sign up, and the generated
 * demo companies (data/demo/companies.csv.gz), so one can sign up as one of them. Built on the first
 * look-up: reading the demo catalogue takes a second, which a service that never looks up a SIRET need not pay.
 */
function offlineDirectory(): EstablishmentDirectory {
  let directory: EstablishmentDirectory | null = null;
  return {
    findBySiret(siret) {
      // The demo establishments win over the catalogue's view of the same SIRET (cfaQualiopi, cfaNotQualiopi).
      directory ??= createMemoryEstablishmentDirectory([
        ...demoCompanyEstablishments(),
        ...demoCatalogueEstablishments(),
        ...DEMO_ESTABLISHMENTS,
      ]);
      return directory.findBySiret(siret);
    },
  };
}

function opcoResolver(config: Config, nomenclatures: NomenclatureReferential, logger: Logger): OpcoResolver {
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
