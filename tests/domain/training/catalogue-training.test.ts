import { describe, expect, it } from "vitest";
import { countRecords, importSummaryMessage, NOTHING_READ } from "../../../src/domain/training/catalogue-import.ts";
import { isListed, websiteOf } from "../../../src/domain/training/listing.ts";
import { type CatalogueTraining, trainingIdOf } from "../../../src/domain/training/training.ts";
import { trainingProviderOf } from "../../../src/domain/training/training-provider-of.ts";
import {
  compactCode,
  establishmentSearchText,
  trainingCodes,
} from "../../../src/domain/training/training-search-text.ts";
import { aCatalogueTraining, aTrainingEstablishment } from "../../support/training-builders.ts";

const stored = (training: CatalogueTraining) => ({
  ...training,
  id: trainingIdOf(training.catalogueKey),
  updatedAt: new Date(0),
});

describe("the catalogue import's counts and summary", () => {
  it("cumulates pages and writes the French line, thousands spaced and reasons by frequency", () => {
    let counts = countRecords(NOTHING_READ, 4350, ["format_invalide", "siret_formateur_invalide"]);
    counts = countRecords(counts, 0, ["siret_formateur_invalide", "siret_formateur_invalide"]);
    expect(counts).toEqual({ read: 4354, kept: 4350, rejected: { format_invalide: 1, siret_formateur_invalide: 3 } });
    expect(importSummaryMessage(counts, "applied", 12)).toBe(
      // French thousands are separated by a narrow no-break space (U+202F).
      "Catalogue importé : 4\u202f354 lues, 4\u202f350 gardées, 4 rejetées (siret_formateur_invalide : 3, format_invalide : 1), 12 retirées.",
    );
  });

  it.each([
    ["interrupted", /^Import du catalogue interrompu \(source indisponible\) : 0 lue, 0 gardée, 0 rejetée ;/],
    ["refused_empty", /^Import du catalogue refusé : aucune formation valable/],
  ] as const)("says when the run was %s, and that the live catalogue is unchanged", (outcome, start) => {
    const message = importSummaryMessage(NOTHING_READ, outcome, 0);
    expect(message).toMatch(start);
    expect(message).toContain("le catalogue en ligne est inchangé");
  });
});

describe("a training's listing, website and search keys", () => {
  it("lists only Qualiopi trainings, and takes the formateur's website, else the responsible's", () => {
    expect(isListed(aCatalogueTraining())).toBe(true);
    expect(isListed(aCatalogueTraining({ qualiopi: false }))).toBe(false);
    const gestionnaire = aTrainingEstablishment("99100003500117", { website: "https://gestion.test" });
    expect(websiteOf(aCatalogueTraining({ gestionnaire }))).toBe("https://gestion.test");
    const formateur = aTrainingEstablishment("99100002700110", { website: "https://cfa.test" });
    expect(websiteOf(aCatalogueTraining({ formateur, gestionnaire }))).toBe("https://cfa.test");
  });

  it("searches the legal name then the title without accents or case, and the codes upper-case", () => {
    const formateur = aTrainingEstablishment("99100002700110", { legalName: "Lycée Œnologique", uai: "0693306u" });
    const training = aCatalogueTraining({ formateur, title: "BTS Viticulture-Œnologie", cfd: null });
    expect(establishmentSearchText(training)).toBe("lycee oenologique bts viticulture oenologie");
    expect(trainingCodes(training)).toEqual(["0693306U", "RNCP34567"]);
    expect(compactCode(" rncp 34 567 ")).toBe("RNCP34567");
  });
});

describe("trainingProviderOf", () => {
  it("describes a formateur by its first training, with every ROME code and its first contact found", () => {
    const formateur = aTrainingEstablishment("99100002700110", { email: null });
    const first = stored(
      aCatalogueTraining({ catalogueKey: "A", formateur, romeCodes: ["D1104"], sessionEmail: null, place: null }),
    );
    const second = stored(
      aCatalogueTraining({ catalogueKey: "B", formateur, romeCodes: ["D1102", "D1104"], qualiopi: false }),
    );
    expect(trainingProviderOf([first, second])).toEqual({
      siret: formateur.siret,
      uai: null,
      legalName: formateur.legalName,
      address: formateur.address,
      qualiopi: true,
      contactEmail: "session@cfa-test.fr",
      location: { latitude: 45.76, longitude: 4.85 },
      romeCodes: ["D1102", "D1104"],
    });
  });
});
