import { appointmentModule } from "./appointment.ts";
import { cfaMandateModule } from "./cfa-mandate.ts";
import { demoOffersModule } from "./demo-offers.ts";
import { hiringCompanyModule } from "./hiring-company.ts";
import { identityModule } from "./identity.ts";
import { jobApplicationModule } from "./job-application.ts";
import { offerModule } from "./offer.ts";
import { partnerAccessModule } from "./partner-access.ts";
import { partnerOfferModule } from "./partner-offer.ts";
import { recruiterModule } from "./recruiter.ts";
import { referentialModule } from "./referential.ts";
import { searchModule } from "./search.ts";
import { trainingModule } from "./training.ts";

/**
 * Every bounded context of the service, in build order: a module may read the published API of those listed
 * before it. Adding a context is one line here (docs/ARCHITECTURE.md "Adding a context").
 */
export const CONTEXT_MODULES = [
  referentialModule,
  identityModule,
  trainingModule,
  searchModule,
  recruiterModule,
  cfaMandateModule,
  partnerAccessModule,
  offerModule,
  partnerOfferModule,
  hiringCompanyModule,
  jobApplicationModule,
  appointmentModule,
  demoOffersModule,
] as const;
