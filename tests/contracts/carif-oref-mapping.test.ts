import { describe, expect, it } from "vitest";
import { toCatalogueRecord } from "../../src/adapters/carif-oref/catalogue-record.ts";
import type { CatalogueRecord } from "../../src/application/training/ports.ts";
import type { CatalogueTraining } from "../../src/domain/training/training.ts";
import { aCatalogueWireRecord, aWireSiret } from "../support/carif-oref-records.ts";

function kept(overrides: Parameters<typeof aCatalogueWireRecord>[0] = {}): CatalogueTraining {
  const record = toCatalogueRecord(aCatalogueWireRecord(overrides));
  if (record.kind !== "training") throw new Error(`rejected: ${record.reason}`);
  return record.training;
}
const reasonOf = (record: CatalogueRecord) => (record.kind === "rejected" ? record.reason : "kept");

describe("Carif-Oref record → catalogue training", () => {
  it("maps a complete record field by field", () => {
    expect(kept()).toEqual({
      catalogueKey: "086914P01213885164950001238851649500012-69388#L01",
      title: "MANAGEMENT COMMERCIAL OPERATIONNEL (BTS)",
      diplomaLevel: "5",
      cfd: "32031213",
      rncp: "RNCP38362",
      romeCodes: ["D1401", "D1501", "M1704"],
      formateur: {
        siret: aWireSiret(1),
        uai: "0693306U",
        legalName: "CFA DEMO DU TERTIAIRE",
        address: { street: "12 RUE DE LA DEMO", postcode: "69009", city: "LYON", insee: "69389" },
        email: "contact@cfa-tertiaire.demo.test",
        website: null,
      },
      gestionnaire: {
        siret: aWireSiret(2),
        uai: "0691234A",
        legalName: "ASSOCIATION DEMO DE GESTION",
        address: { street: "3 PLACE DE LA DEMO", postcode: "69002", city: "LYON", insee: "69382" },
        email: "direction@gestion.demo.test",
        website: null,
      },
      qualiopi: true,
      place: {
        street: "12 rue de la Démo",
        postcode: "69009",
        city: "Lyon",
        insee: "69389",
        latitude: 45.7742,
        longitude: 4.8048,
      },
      phone: "01 99 00 00 01",
      sessionEmail: "formation@cfa-tertiaire.demo.test",
      objectives: "Préparer le BTS en alternance.",
      sessions: [{ start: "2027-09-06", end: "2029-06-30" }],
    });
  });

  it.each([
    ["3 (CAP...)", "3"],
    ["4 (BAC...)", "4"],
    ["5 (BTS, DEUST...)", "5"],
    ["6 (Licence, BUT...)", "6"],
    ["7 (Master, titre ingénieur...)", "7"],
    ["8 (Doctorat...)", null],
    ["Indifférent", null],
    [null, null],
  ])("reads the European level of niveau %j as %j", (niveau, level) => {
    expect(kept({ niveau }).diplomaLevel).toBe(level);
  });

  it("reads the place's coordinates as latitude,longitude", () => {
    expect(kept({ lieu_formation_geo_coordonnees: " 50.6292, 3.0573 " }).place).toMatchObject({
      latitude: 50.6292,
      longitude: 3.0573,
    });
  });

  it("keeps a training without coordinates, without a place", () => {
    expect(kept({ lieu_formation_geo_coordonnees: null }).place).toBeNull();
  });

  it.each(["45.77", "nord,est", "95.1,4.8", "45.7,190"])("rejects the unreadable coordinates %j", (coordinates) => {
    expect(reasonOf(toCatalogueRecord(aCatalogueWireRecord({ lieu_formation_geo_coordonnees: coordinates })))).toBe(
      "coordonnees_invalides",
    );
  });

  it("orders the sessions by start, the latest (greatest date_debut) last, and keeps its contact email", () => {
    const training = kept({
      date_debut: ["2028-09-04T00:00:00.000Z", "2027-09-06", "pas une date"],
      date_fin: ["2030-06-30T00:00:00.000Z", null, "2029-06-30"],
      email: " Formation@CFA.demo.test ",
    });
    expect(training.sessions).toEqual([
      { start: "2027-09-06", end: null },
      { start: "2028-09-04", end: "2030-06-30" },
    ]);
    expect(training.sessionEmail).toBe("formation@cfa.demo.test");
  });

  it("has no session email when the record's is missing or malformed", () => {
    expect(kept({ email: null }).sessionEmail).toBeNull();
    expect(kept({ email: "pas-un-email" }).sessionEmail).toBeNull();
  });

  it.each([
    [true, true],
    [false, false],
    [null, false],
  ])("reads Qualiopi (etablissement_reference_certifie_qualite %j) as %j", (flag, qualiopi) => {
    expect(kept({ etablissement_reference_certifie_qualite: flag }).qualiopi).toBe(qualiopi);
  });

  it("keeps the valid ROME codes once each and drops malformed ones", () => {
    expect(kept({ rome_codes: ["d1401", "D1401", "Z9999", "M1704"] }).romeCodes).toEqual(["D1401", "M1704"]);
  });

  it("blanks a malformed UAI, CFD or RNCP code instead of rejecting the training", () => {
    const training = kept({ etablissement_formateur_uai: "069", cfd: "32-03", rncp_code: "38362" });
    expect([training.formateur.uai, training.cfd, training.rncp]).toEqual([null, null, null]);
  });

  it("takes the short title, the enseigne and the contents when the long title, legal name and objective are missing", () => {
    const training = kept({
      intitule_long: " ",
      etablissement_formateur_entreprise_raison_sociale: null,
      etablissement_formateur_enseigne: "CFA ENSEIGNE DEMO",
      objectif: null,
    });
    expect([training.title, training.formateur.legalName, training.objectives]).toEqual([
      "MANAGEMENT COMMERCIAL OPERATIONNEL",
      "CFA ENSEIGNE DEMO",
      "Gestion de la relation client, animation de l’offre commerciale.",
    ]);
  });

  it("reads an establishment's website when the record has one", () => {
    expect(kept({ etablissement_formateur_site_web: "https://cfa.demo.test" }).formateur.website).toBe(
      "https://cfa.demo.test",
    );
  });

  it.each([
    ["no key", { cle_ministere_educatif: "  " }, null, "cle_absente"],
    ["no title at all", { intitule_long: null, intitule_court: null }, "K", "intitule_absent"],
    [
      "a formateur SIRET failing the check digit",
      { etablissement_formateur_siret: "99130000100010" },
      "K",
      "siret_formateur_invalide",
    ],
    ["no gestionnaire SIRET", { etablissement_gestionnaire_siret: null }, "K", "siret_gestionnaire_invalide"],
    [
      "no formateur name",
      { etablissement_formateur_entreprise_raison_sociale: null },
      "K",
      "raison_sociale_formateur_absente",
    ],
    ["an unpublished training", { published: false }, "K", "non_publiee"],
    ["a field of the wrong type", { date_debut: "2027-09-01" }, "K", "format_invalide"],
  ])("rejects a record with %s, with its key and reason", (_label, overrides, key, reason) => {
    const record = toCatalogueRecord(aCatalogueWireRecord({ cle_ministere_educatif: "K", ...overrides }));
    expect(record).toEqual({ kind: "rejected", key, reason });
  });

  it.each([null, 42, "texte", []])("rejects %j, which is not a record, without a key", (raw) => {
    expect(toCatalogueRecord(raw)).toEqual({ kind: "rejected", key: null, reason: "format_invalide" });
  });
});
