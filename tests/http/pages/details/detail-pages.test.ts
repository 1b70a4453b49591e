import { describe, expect, it } from "vitest";
import type { HiringCompany } from "../../../../src/application/hiring-company/index.ts";
import type { PartnerOffer } from "../../../../src/application/partner-offer/index.ts";
import type { Email } from "../../../../src/domain/shared/email.ts";
import { err, ok } from "../../../../src/domain/shared/result.ts";
import type { RomeCode } from "../../../../src/domain/shared/rome-code.ts";
import type { Siret } from "../../../../src/domain/shared/siret.ts";
import { companyPageRoutes } from "../../../../src/http/pages/hiring-company/company-page.tsx";
import { partnerOfferPageRoutes } from "../../../../src/http/pages/partner-offer/index.ts";
import type { SitePageKit } from "../../../../src/http/pages/site/site-kit.ts";

const kit = { devMode: false, pageAuth: (async () => {}) as never } as SitePageKit;

/** TEST DATA: a France Travail offer as the sync keeps it. */
const partnerOffer = (overrides: Partial<PartnerOffer> = {}): PartnerOffer => ({
  id: "193XKPY",
  title: "Boulanger / Boulangère en apprentissage (H/F)",
  romeCode: "D1102" as RomeCode,
  companyName: "Fournil du Marais",
  place: {
    label: "75 - Paris 3e",
    city: "Paris",
    postcode: "75003",
    inseeCode: "75103",
    latitude: 48.86,
    longitude: 2.36,
  },
  createdAt: new Date("2026-11-20T09:00:00Z"),
  updatedAt: new Date("2026-11-28T09:00:00Z"),
  contractTypes: ["apprentissage"],
  diplomaLevel: "3",
  description: "Vous préparez le pain.\nHoraires de nuit.",
  contactEmail: null,
  status: "active",
  ...overrides,
});

/** TEST DATA: a company of the algorithm. */
const company = (overrides: Partial<HiringCompany> = {}): HiringCompany => ({
  siret: "99130000000304" as Siret,
  legalName: "BOULANGERIE TEST SARL",
  brand: "Boulangerie Test",
  nafCode: "10.71C" as HiringCompany["nafCode"],
  nafLabel: "Boulangerie et boulangerie-pâtisserie",
  address: { street: "3 rue de Test", postcode: "75011", city: "Paris", insee: "75111" },
  latitude: 48.86,
  longitude: 2.37,
  romes: [{ code: "D1102" as RomeCode, score: 80 }],
  email: null,
  phone: "+33612345678",
  website: "https://boulangerie.example",
  importRank: 0,
  ...overrides,
});

function partnerOfferPages(offer: PartnerOffer | null) {
  const getPartnerOffer = async (id: string) =>
    offer && offer.id === id ? ok(offer) : err({ code: "PARTNER_OFFER_NOT_FOUND" as const, id });
  return partnerOfferPageRoutes({ getPartnerOffer }, kit);
}

function companyPages(found: HiringCompany | null) {
  const getHiringCompany = async ({ siret }: { siret: string }) =>
    found && found.siret === siret ? ok(found) : err({ code: "COMPANY_NOT_FOUND" as const, siret });
  return companyPageRoutes({ getHiringCompany }, kit);
}

describe("a France Travail offer's page", () => {
  it("names its source, links France Travail's page, and sends there to apply when no email is known", async () => {
    const response = await partnerOfferPages(partnerOffer()).request("/offres-france-travail/193XKPY");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>Boulanger / Boulangère en apprentissage (H/F)</h1>");
    expect(page).toContain("Niveau 3 (CAP, BEP)");
    expect(page).toContain("Contrat d’apprentissage");
    expect(page).toContain("<p>Horaires de nuit.</p>");
    expect(page).toContain('href="https://candidat.francetravail.fr/offres/recherche/detail/193XKPY"');
    expect(page).toContain(">Postuler sur France Travail<");
    expect(page).not.toContain("/candidater");
  });

  it("offers our apply form when France Travail gave the recruiter's email, never showing the address", async () => {
    const offer = partnerOffer({ contactEmail: "rh@fournil.example" as Email });
    const page = await (await partnerOfferPages(offer).request("/offres-france-travail/193XKPY")).text();
    expect(page).toContain('href="/candidater?offreFranceTravail=193XKPY"');
    expect(page).not.toContain("rh@fournil.example");
  });

  it("is a 404 page when the offer is unknown or withdrawn", async () => {
    const response = await partnerOfferPages(null).request("/offres-france-travail/193XKPY");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<h1>Offre introuvable</h1>");
  });
});

describe("a company's page (spontaneous application)", () => {
  it("explains the spontaneous application and gives the phone and website when no email is known", async () => {
    const response = await companyPages(company()).request("/entreprises/99130000000304");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("<h1>Boulangerie Test</h1>");
    expect(page).toContain("Candidature spontanée");
    expect(page).toContain('href="tel:+33612345678"');
    expect(page).toContain("06 12 34 56 78");
    expect(page).toContain('href="https://boulangerie.example"');
    expect(page).not.toContain("/candidater");
  });

  it("offers the apply form when its email is known, never showing the address", async () => {
    const found = company({ email: "contact@boulangerie.example" as Email });
    const page = await (await companyPages(found).request("/entreprises/99130000000304")).text();
    expect(page).toContain('href="/candidater?entreprise=99130000000304"');
    expect(page).not.toContain("contact@boulangerie.example");
  });

  it("is a 404 page when the company is unknown or dereferenced", async () => {
    const response = await companyPages(null).request("/entreprises/99130000000304");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<h1>Entreprise introuvable</h1>");
  });
});
