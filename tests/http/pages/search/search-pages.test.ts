import { describe, expect, it } from "vitest";
import type { JobSearchInput } from "../../../../src/application/search/index.ts";
import type { Commune } from "../../../../src/domain/referential/commune.ts";
import type { MetierSuggestion } from "../../../../src/domain/referential/metier-suggestion.ts";
import { ok } from "../../../../src/domain/shared/result.ts";
import type { RomeCode } from "../../../../src/domain/shared/rome-code.ts";
import { searchPageRoutes } from "../../../../src/http/pages/search/index.ts";
import type { PageSessionMiddleware } from "../../../../src/http/pages/site/page-session.ts";
import { aSearchEntry } from "../../../support/search-builders.ts";

const metier = (romeCode: string, appellation: string): MetierSuggestion => ({
  romeCode: romeCode as RomeCode,
  romeLabel: appellation,
  appellation,
  appellationCode: null,
});

const SUGGESTIONS: Readonly<Record<string, readonly MetierSuggestion[]>> = {
  boulanger: [metier("D1102", "Boulanger / Boulangère"), metier("D1104", "Pâtissier / Pâtissière")],
  vendeur: [
    metier("D1211", "Vendeur / Vendeuse en ski"),
    metier("D1106", "Vendeur / Vendeuse en épicerie"),
    metier("D1214", "Vendeur / Vendeuse en prêt-à-porter"),
  ],
};

const PARIS = { insee: "75056", name: "Paris", postcodes: ["75001"], department: { code: "75", name: "Paris" } };

/** The search pages over a recorded jobs search: 45 results, so three pages of 20. */
function searchPages(devMode = false) {
  const searches: JobSearchInput[] = [];
  const searchJobs = async (input: JobSearchInput) => {
    searches.push(input);
    const items = [aSearchEntry({ kind: "offer", id: "offre-1", title: "Boulanger H/F", km: 2 })].map((entry) => ({
      entry,
      distanceKm: 2.35,
    }));
    return ok({ items, totals: { offers: 5, partnerOffers: 10, companies: 30 }, page: input.page, pageSize: 20 });
  };
  const app = searchPageRoutes(
    { searchJobs } as never,
    { devMode, pageAuth: (async () => {}) as unknown as PageSessionMiddleware },
    {
      searchMetiers: async ({ q }) => SUGGESTIONS[q] ?? [],
      searchCommunes: async ({ q }) => (q === "Paris" ? [PARIS as unknown as Commune] : []),
    },
  );
  return { app, searches };
}

describe("the candidate's search pages", () => {
  it("home: the GET search form with its labelled fields, and the local mailbox only in development mode", async () => {
    const dev = await (await searchPages(true).app.request("/")).text();
    expect(dev).toContain('<form method="get" action="/recherche">');
    for (const label of ["Métier", "Lieu", "Rayon"]) expect(dev).toContain(`>${label}<`);
    expect(dev).toContain('href="/dev/boite-mail"');
    const production = await (await searchPages(false).app.request("/")).text();
    expect(production).not.toContain("/dev/boite-mail");
  });

  it("without JavaScript, resolves the typed métier and town, and offers the other close métiers", async () => {
    const { app, searches } = searchPages();
    const response = await app.request("/recherche?metier=boulanger&lieu=Paris&rayon=60");
    expect(response.status).toBe(200);
    expect(searches[0]).toMatchObject({
      romes: ["D1102"],
      place: { kind: "insee", insee: "75056" },
      radiusKm: 60,
      page: 1,
    });
    const html = await response.text();
    expect(html).toContain("Boulanger / Boulangère : 45 résultats");
    expect(html).toContain("5 offres déposées sur La bonne alternance, 10 offres France Travail, 30 entreprises");
    expect(html).toContain("à 2,4 km");
    expect(html).toContain("Pâtissier / Pâtissière</a>");
    // On a phone the form comes first: a link goes straight to the results (hidden beside them on a desktop).
    expect(html).toContain('<p class="narrow-only"><a href="#resultats">Voir 45 résultats</a></p>');
    expect(html).toContain('<h2 id="resultats">Autour de Paris');
  });

  it("without JavaScript, searches every métier a typed word fits as well, and offers each one", async () => {
    const { app, searches } = searchPages();
    const response = await app.request("/recherche?metier=vendeur&lieu=Paris");
    expect(searches[0]?.romes).toEqual(["D1211", "D1106", "D1214"]);
    const html = (await response.text()).replaceAll("&amp;", "&");
    expect(html).toContain("vendeur : 45 résultats");
    expect(html).toContain(
      "Nous avons cherché les 3 métiers du répertoire ROME qui correspondent le mieux à «\u00a0vendeur\u00a0»",
    );
    expect(html).toContain("romes=D1106&");
    expect(html).toContain("Vendeur / Vendeuse en épicerie</a>");
    const next = html.match(/href="([^"]+)" rel="next"/)?.[1] ?? "";
    expect(new URLSearchParams(next.split("?")[1]).get("romes")).toBe("D1211,D1106,D1214");
  });

  it("pages through the single order with links that keep the understood search", async () => {
    const { app, searches } = searchPages();
    const html = await (await app.request("/recherche?metier=boulanger&lieu=Paris&page=2")).text();
    expect(searches[0]?.page).toBe(2);
    const next = html.match(/href="([^"]+)" rel="next"/)?.[1]?.replaceAll("&amp;", "&") ?? "";
    expect(new URLSearchParams(next.split("?")[1]).get("romes")).toBe("D1102");
    expect(new URLSearchParams(next.split("?")[1]).get("page")).toBe("3");
    expect(html).toContain('<span aria-current="page">Page 2</span>');
  });

  it("refuses an incomplete or unknown search with 422, the summary and each field's message, searching nothing", async () => {
    const { app, searches } = searchPages();
    const missing = await app.request("/recherche?metier=&lieu=Atlantide");
    expect(missing.status).toBe(422);
    const html = await missing.text();
    expect(html).toContain("Le formulaire contient 2 erreurs");
    expect(html).toContain("Indiquez un métier");
    expect(html).toContain("Nous ne trouvons pas « Atlantide »");
    expect(html).toContain('value="Atlantide"');
    expect(searches).toEqual([]);
  });
});
