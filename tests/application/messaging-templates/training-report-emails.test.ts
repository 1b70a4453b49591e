import { describe, expect, it } from "vitest";
import {
  trainingReportAcknowledgedEmail,
  trainingReportReceivedEmail,
  trainingReportResolvedEmail,
} from "../../../src/application/messaging/templates/index.ts";
import { anOpenReport } from "../../support/training-report-fakes.ts";

const someTrainings = anOpenReport("r-1");
const wholeEstablishment = anOpenReport("r-2", { rncp: null, place: { kind: "postcode", postcode: "69100" } });

describe("the training-report emails", () => {
  it("give support every field, the communes of the place and the report's id", () => {
    const { text } = trainingReportReceivedEmail({ report: someTrainings, communes: ["Lyon"] });
    for (const line of [
      "SIRET : 99100002700110",
      "Code RNCP : RNCP34567",
      "Code diplôme (CFD) : non précisé",
      "Période d’inscription : 2026-09",
      "Lieu de la formation : code commune INSEE 69123 (Lyon)",
      "Signalé par : contact@cfa-test.fr",
      "Référence du signalement : r-1",
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain("certaines de ses formations");
  });

  it.each([
    [someTrainings, "que certaines de vos formations, référencées"],
    [wholeEstablishment, "que vos formations, référencées"],
  ])("tell the reporter what was reported and that we will write back", (report, scope) => {
    const { text } = trainingReportAcknowledgedEmail({ report });
    expect(text).toContain(scope);
    expect(text).toContain("Réseau des Carif-Oref");
    expect(text).toContain("nous vous écrirons à cette adresse dès qu’elle sera corrigée");
  });

  it("quote support's message in the resolution, escaped in HTML, and leave it out when there is none", () => {
    const withNote = trainingReportResolvedEmail({ report: wholeEstablishment, note: "Corrigé <le 9>." });
    expect(withNote.text).toContain("Le message de notre équipe :\n\nCorrigé <le 9>.");
    expect(withNote.html).toContain("Corrigé &lt;le 9&gt;.");
    expect(withNote.text).toContain("Lieu de la formation : code postal 69100");
    const withoutNote = trainingReportResolvedEmail({ report: wholeEstablishment, note: null });
    expect(withoutNote.text).not.toContain("Le message de notre équipe");
  });
});
