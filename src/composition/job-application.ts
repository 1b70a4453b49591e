import { createClamdScanner } from "../adapters/antivirus/clamd-scanner.clamd.ts";
import { createOfflineScanner } from "../adapters/antivirus/offline-scanner.ts";
import { createCvInspector } from "../adapters/cv-inspector/cv-inspector.fflate.ts";
import { createPackagedDisposableEmailDomains } from "../adapters/email-domains/disposable-email-domains.list.ts";
import { createJoseCvLinks } from "../adapters/jose/cv-links.jose.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { createPgCvStore } from "../adapters/postgres/job-application/cv-store.postgres.ts";
import { createPgJobApplicationRepository } from "../adapters/postgres/job-application/job-applications.postgres.ts";
import { createPgResponseLinkRepository } from "../adapters/postgres/job-application/response-links.postgres.ts";
import { type CvCipher, createCvCipher, cvKeyFrom } from "../adapters/system/cv-cipher.web-crypto.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import {
  type AntivirusScanner,
  type CvStore,
  DEFAULT_JOB_APPLICATION_SETTINGS,
  type JobApplicationPublishedApi,
  type JobApplicationSettings,
  jobApplicationJobs,
  jobApplicationPublishedApi,
  jobApplicationUseCases,
  tellWaitingCandidates,
} from "../application/job-application/index.ts";
import type { Config } from "../config.ts";
import { jobApplicationCatalogue } from "../http/job-application-errors.ts";
import { applyPageRoutes } from "../http/pages/job-application/apply-pages.tsx";
import { applicationConsolePageRoutes } from "../http/pages/job-application/console-pages.tsx";
import { jobApplicationPageRoutes } from "../http/pages/job-application/index.ts";
import { jobApplicationRoutes } from "../http/routes/job-applications.routes.ts";
import { defineModule } from "./context-module.ts";
import { applicationTargetsFrom } from "./job-application-targets.ts";
import { sitePages } from "./site-pages.ts";

declare module "./context-module.ts" {
  interface PublishedApis {
    jobApplication: JobApplicationPublishedApi;
  }
  interface ServiceOverrides {
    /** Replaces the antivirus (clamd when CLAMD_HOST is set, else the offline EICAR scanner). */
    antivirus?: AntivirusScanner;
  }
}

/**
 * Applications (docs/PRODUCT.md §1–2, §7): a candidate applies with a CV to an offer posted here, a France Travail
 * offer or an algorithm company; the CV is judged by its content, scanned, stored encrypted and sent to the company
 * with three quick-response buttons; the candidate is told at once of the answer; the recruiter console lists
 * them. Jobs: `applications:deliver` (CVs that waited for the antivirus), `retention:purge`.
 */
export const jobApplicationModule = defineModule({
  name: "jobApplication",
  build(kit) {
    const cipher = cipherOf(kit.config);
    const repositories = (tx: Db) => ({
      applications: createPgJobApplicationRepository(tx),
      responseLinks: createPgResponseLinkRepository(tx),
      cvs: createPgCvStore(tx, cipher) as CvStore,
    });
    const write = {
      unitOfWork: kit.unitOfWork(repositories),
      clock: kit.clock,
      ids: uuidGenerator,
      secrets: webCryptoSecrets,
      scanner: kit.overrides.antivirus ?? antivirusOf(kit.config),
      logger: kit.logger,
      settings: settingsOf(kit.config),
    };
    const deps = {
      ...write,
      ...repositories(kit.db),
      targets: applicationTargetsFrom(kit.apis),
      inspector: createCvInspector(),
      disposableDomains: kit.overrides.disposableEmailDomains ?? createPackagedDisposableEmailDomains(),
      cvLinks: createJoseCvLinks({ secret: kit.config.identity.sessionSecret }),
    };
    return {
      useCases: jobApplicationUseCases(deps),
      published: jobApplicationPublishedApi(deps),
      jobs: jobApplicationJobs(write),
    };
  },
  routes: (useCases, http) => [
    jobApplicationRoutes(useCases, http.auth),
    jobApplicationPageRoutes(useCases),
    applyPageRoutes(useCases, sitePages(http)),
    applicationConsolePageRoutes(useCases, sitePages(http)),
  ],
  refusals: jobApplicationCatalogue,
  reactions: {
    offerFilled: (tx, txKit) =>
      tellWaitingCandidates({ applications: createPgJobApplicationRepository(tx), outbox: txKit.outbox }),
  },
});

/** The CV cipher, its key derived once (HKDF is asynchronous) and awaited by each use. */
function cipherOf(config: Config): CvCipher {
  const cipher = cvKeyFrom(config).then(createCvCipher);
  cipher.catch(() => {}); // a missing key fails each use (config.ts already refuses to start without one in production)
  return {
    seal: async (bytes, cvId) => (await cipher).seal(bytes, cvId),
    open: async (sealed, cvId) => (await cipher).open(sealed, cvId),
  };
}

function antivirusOf(config: Config): AntivirusScanner {
  const { clamd } = config.cv;
  return clamd ? createClamdScanner(clamd) : createOfflineScanner();
}

function settingsOf(config: Config): JobApplicationSettings {
  return { ...DEFAULT_JOB_APPLICATION_SETTINGS, publicUrl: config.publicUrl, cvMaxBytes: config.cv.maxBytes };
}
