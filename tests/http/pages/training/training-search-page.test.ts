import { describe, expect, it } from "vitest";
import type { TrainingSearchInput } from "../../../../src/application/training/search-trainings.ts";
import type { Commune } from "../../../../src/domain/referential/commune.ts";
import type { MetierSuggestion } from "../../../../src/domain/referential/metier-suggestion.ts";
import { ok } from "../../../../src/domain/shared/result.ts";
import type { RomeCode } from "../../../../src/domain/shared/rome-code.ts";
import { trainingIdOf } from "../../../../src/domain/training/training.ts";
import type { SitePageKit } from "../../../../src/http/pages/site/site-kit.ts";
import { trainingSearchPageRoutes } from "../../../../src/http/pages/training/search-pages.tsx";
import { aCatalogueTraining } from "../../../support/training-builders.ts";

const kit = { devMode: false, pageAuth: (async () => {}) as never } as SitePageKit;
const PARIS = { insee: "75056", name: "Paris", postcodes: ["75001"], department: { code: "75", name: "Paris" } };
const ASSISTANT: MetierSuggestion = {
  romeCode: "D1401" as RomeCode,
  romeLabel: "Assistanat commercial",
  appellation: "Assistant commercial / Assistante commerciale",
  appellationCode: null,
};

/** The training results over a recorded search: 25 trainings (two pages), the first one taking appointments. */
function trainingPages() {
  const searches: TrainingSearchInput[] = [];
  const training = { ...aCatalogueTraining({ catalogueKey: "K1", title: "BTS MCO" }), id: trainingIdOf("K1") };
  const searchTrainings = async (input: TrainingSearchInput) => {
    searches.push(input);
    const items = [{ training: { ...training, updatedAt: new Date() }, distanceKm: 1.26, appointmentAvailable: true }];
    return ok({ items, page: input.page, pageSize: input.pageSize, total: 25 });
  };
  const app = trainingSearchPageRoutes({ searchTrainings } as never, kit, {
    searchMetiers: async ({ q }) => (q === "assistant commercial" ? [ASSISTANT] : []),
    searchCommunes: async ({ q }) => (q === "Paris" ? [PARIS as unknown as Commune] : []),
  });
  return { app, searches, trainingId: training.id };
}

describe("the training results page", () => {
  it("resolves the typed métier and town, lists the trainings with 'Prendre rendez-vous', and pages through them", async () => {
    const { app, searches, trainingId } = trainingPages();
    const response = await app.request("/recherche/formations?metier=assistant+commercial&lieu=Paris&niveau=5");
    expect(response.status).toBe(200);
    expect(searches[0]).toMatchObject({
      romes: ["D1401"],
      place: { kind: "insee", insee: "75056" },
      diplomaLevel: "5",
    });
    const page = await response.text();
    expect(page).toContain("Assistant commercial / Assistante commerciale : 25 formations");
    expect(page).toContain(`href="/formations/${trainingId}"`);
    expect(page).toContain(`href="/formations/${trainingId}/rendez-vous"`);
    expect(page).toContain("à 1,3 km");
    expect(page).toMatch(/href="\/recherche\/formations\?[^"]*romes=D1401[^"]*page=2"/);
    expect(page).not.toContain('name="contrat"');
    // The other tab keeps the understood search.
    expect(page).toMatch(/href="\/recherche\?metier=[^"]*romes=D1401[^"]*insee=75056/);
  });

  it("answers 422 with the error next to the field when the métier is missing", async () => {
    const response = await trainingPages().app.request("/recherche/formations?metier=&lieu=Paris");
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Indiquez un métier");
  });
});
