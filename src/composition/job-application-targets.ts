import type { ApplicationTargets, TargetFacts } from "../application/job-application/index.ts";
import type { PublishedApis } from "./context-module.ts";

type TargetApis = Pick<PublishedApis, "offer" | "partnerOffer" | "hiringCompany">;

/**
 * The applications' targets, read through the published APIs of the contexts that own them: offers posted here,
 * France Travail offers, algorithm companies (each on the primary database: a closed offer or a dereferenced
 * company is refused at once).
 */
export function applicationTargetsFrom(apis: TargetApis): ApplicationTargets {
  return {
    async factsOf(target): Promise<TargetFacts | null> {
      switch (target.kind) {
        case "offer": {
          const offer = await apis.offer.applicationFactsOf(target.offerId);
          if (!offer) return null;
          const { open, contactEmail, title, employerName, organisationId } = offer;
          return { open, contactEmail, title, companyName: employerName, organisationId };
        }
        case "partner_offer": {
          const found = await apis.partnerOffer.partnerOfferOf(target.partnerOfferId);
          if (!found.ok) return null;
          const offer = found.value;
          const companyName = offer.companyName ?? "Entreprise (offre France Travail)";
          return {
            open: true,
            contactEmail: offer.contactEmail,
            title: offer.title,
            companyName,
            organisationId: null,
          };
        }
        case "company": {
          const found = await apis.hiringCompany.hiringCompanyOf({ siret: target.siret });
          if (!found.ok) return null;
          const company = found.value;
          const companyName = company.brand ?? company.legalName;
          return {
            open: true,
            contactEmail: company.email,
            title: company.nafLabel,
            companyName,
            organisationId: null,
          };
        }
      }
    },
    offerManagedBy: (actor, offerId) => apis.offer.isManagedBy(actor, offerId),
  };
}
