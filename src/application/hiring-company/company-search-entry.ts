import { type HiringCompany, publicNameOf } from "../../domain/hiring-company/hiring-company.ts";
import type { SearchEntry } from "../search/index.ts";

/**
 * A company as the jobs search shows it: id = SIRET (docs/API.md "Conventions"), title = its NAF activity label
 * (what the company does; the candidate already chose the métier), canApply only when an email is known, else
 * the phone and website (FAQ: the other ways to reach it). No level, no contract type: never filtered by them.
 */
export function companySearchEntry(company: HiringCompany): SearchEntry {
  return {
    kind: "company",
    id: company.siret,
    title: company.nafLabel,
    romeCodes: company.romes.map((rome) => rome.code),
    companyName: publicNameOf(company),
    place: {
      city: company.address.city,
      postcode: company.address.postcode,
      latitude: company.latitude,
      longitude: company.longitude,
    },
    diplomaLevel: null,
    contractTypes: null,
    createdAt: null,
    importRank: company.importRank,
    expiresAt: null,
    canApply: company.email !== null,
    applyUrl: null,
    phone: company.phone,
    website: company.website,
  };
}
