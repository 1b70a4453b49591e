import { createPackagedDisposableEmailDomains } from "../adapters/email-domains/disposable-email-domains.list.ts";
import { createPgAppointmentLinkRepository } from "../adapters/postgres/appointment/appointment-links.postgres.ts";
import { createPgAppointmentRequestRepository } from "../adapters/postgres/appointment/appointment-requests.postgres.ts";
import { createPgAppointmentSettingsRepository } from "../adapters/postgres/appointment/appointment-settings.postgres.ts";
import type { Db } from "../adapters/postgres/database.ts";
import { uuidGenerator } from "../adapters/system/system-clock.ts";
import { webCryptoSecrets } from "../adapters/system/web-crypto-secrets.ts";
import {
  appointmentJobs,
  appointmentPublishedApi,
  appointmentUseCases,
  DEFAULT_APPOINTMENT_SETTINGS,
} from "../application/appointment/index.ts";
import type { DisposableEmailDomains } from "../application/shared/disposable-email-domains.ts";
import type { AppointmentView } from "../application/training/index.ts";
import { appointmentCatalogue } from "../http/appointment-errors.ts";
import { appointmentPageRoutes } from "../http/pages/appointment/index.ts";
import { appointmentRequestPageRoutes } from "../http/pages/appointment/request-page.tsx";
import { appointmentAdminRoutes } from "../http/routes/appointment-admin.routes.ts";
import { appointmentRoutes } from "../http/routes/appointments.routes.ts";
import { defineModule } from "./context-module.ts";
import { sitePages } from "./site-pages.ts";

// The training module reads `kit.apis.appointment` at request time (it is built before this module).
declare module "./context-module.ts" {
  interface PublishedApis {
    appointment: AppointmentView;
  }
  interface ServiceOverrides {
    /** Replaces the packaged list of disposable email domains. */
    disposableEmailDomains?: DisposableEmailDomains;
  }
}

/**
 * The appointment service (RDVA, docs/PRODUCT.md §8): support's settings per establishment and training, the
 * candidates' requests and the CFAs' answers, Parcoursup invitations, the `appointments:remind` job. Reads the
 * trainings through the training context's published API; its own tables survive every catalogue import.
 */
export const appointmentModule = defineModule({
  name: "appointment",
  build(kit) {
    const write = {
      unitOfWork: kit.unitOfWork(appointmentRepositories),
      clock: kit.clock,
      ids: uuidGenerator,
      secrets: webCryptoSecrets,
      settings: { ...DEFAULT_APPOINTMENT_SETTINGS, publicUrl: kit.config.publicUrl },
    };
    const deps = {
      ...write,
      appointmentSettings: createPgAppointmentSettingsRepository(kit.db),
      appointmentRequests: createPgAppointmentRequestRepository(kit.db),
      trainings: kit.apis.training,
      disposableDomains: kit.overrides.disposableEmailDomains ?? createPackagedDisposableEmailDomains(),
    };
    return {
      useCases: appointmentUseCases(deps),
      published: appointmentPublishedApi(deps),
      jobs: appointmentJobs(write),
    };
  },
  routes: (useCases, http) => [
    appointmentRoutes(useCases),
    appointmentAdminRoutes(useCases, http.auth),
    appointmentPageRoutes(useCases),
    appointmentRequestPageRoutes(useCases, sitePages(http)),
  ],
  refusals: appointmentCatalogue,
});

/** The appointment repositories bound to a transaction. */
function appointmentRepositories(tx: Db) {
  return {
    appointmentSettings: createPgAppointmentSettingsRepository(tx),
    appointmentRequests: createPgAppointmentRequestRepository(tx),
    appointmentLinks: createPgAppointmentLinkRepository(tx),
  };
}
