import { describe, expect, it } from "vitest";
import {
  newTrainingReport,
  parseResolutionNote,
  parseTrainingReport,
  RESOLUTION_NOTE_MAX_LENGTH,
  resolveTrainingReport,
  type TrainingReportInput,
} from "../../../src/domain/training/training-report.ts";

/** TEST DATA: a Luhn-valid demo SIRET (SIREN 991…), a made-up reporter. */
const NOW = new Date("2026-11-02T08:00:00Z");
const VALID: TrainingReportInput = {
  siret: "99100002700110",
  rncp: "RNCP34567",
  cfd: "50022137",
  period: "2026-09",
  insee: "69123",
  reporterEmail: "Contact@CFA-Test.fr",
};
const parse = (overrides: Partial<TrainingReportInput>) => parseTrainingReport({ ...VALID, ...overrides }, NOW);

describe("parseTrainingReport", () => {
  it("gives the report's fields in canonical form", () => {
    expect(parse({ rncp: " rncp 34567 ", cfd: "4003210a", siret: "991 000 027 00110" })).toEqual({
      ok: true,
      value: {
        siret: "99100002700110",
        rncp: "RNCP34567",
        cfd: "4003210A",
        period: "2026-09",
        place: { kind: "insee", insee: "69123" },
        reporterEmail: "contact@cfa-test.fr",
      },
    });
  });

  it("accepts a report without RNCP nor CFD: the whole establishment is missing (FAQ)", () => {
    const parsed = parse({ rncp: undefined, cfd: "" });
    expect(parsed.ok && [parsed.value.rncp, parsed.value.cfd]).toEqual([null, null]);
  });

  it.each([
    ["a Corsican INSEE code", { insee: "2a004" }, { kind: "insee", insee: "2A004" }],
    [
      "a postcode instead of the INSEE code",
      { insee: null, postcode: "69003" },
      { kind: "postcode", postcode: "69003" },
    ],
    ["a blank INSEE code and a postcode", { insee: "  ", postcode: "69003" }, { kind: "postcode", postcode: "69003" }],
  ])("takes %s as the place", (_, overrides, place) => {
    const parsed = parse(overrides);
    expect(parsed.ok && parsed.value.place).toEqual(place);
  });

  it.each([
    ["2000-01", true],
    ["1999-12", false],
    ["2028-11", true], // now (2026-11) + 24 months
    ["2028-12", false],
  ])("bounds the period: %s accepted is %s", (period, accepted) => {
    expect(parse({ period }).ok).toBe(accepted);
  });

  it.each([
    ["an RNCP code without its prefix", { rncp: "34567" }, "rncp", "format"],
    ["an RNCP code with letters after the prefix", { rncp: "RNCPABC" }, "rncp", "format"],
    ["a CFD of 7 characters", { cfd: "5002213" }, "cfd", "format"],
    ["a CFD with punctuation", { cfd: "5002-137" }, "cfd", "format"],
    ["a period with a day", { period: "2026-09-01" }, "period", "format"],
    ["a month 13", { period: "2026-13" }, "period", "format"],
    ["a period before 2000", { period: "1999-09" }, "period", "too_early"],
    ["a period more than two years ahead", { period: "2029-01" }, "period", "too_late"],
    ["no place", { insee: null, postcode: null }, "place", "missing"],
    ["both INSEE code and postcode", { postcode: "69003" }, "place", "both"],
    ["an INSEE code of 4 characters", { insee: "6912" }, "insee", "format"],
    ["a postcode with a letter", { insee: null, postcode: "2A004" }, "postcode", "format"],
  ])("refuses %s", (_, overrides, path, reason) => {
    expect(parse(overrides)).toEqual({ ok: false, error: { code: "TRAINING_REPORT_INVALID", path, reason } });
  });

  it.each([
    ["a SIRET whose check digit is wrong", { siret: "99100002700111" }, "SIRET_INVALID"],
    ["a reporter email without domain", { reporterEmail: "contact@" }, "EMAIL_MALFORMED"],
  ])("refuses %s with the shared kernel's code", (_, overrides, code) => {
    const parsed = parse(overrides);
    expect(!parsed.ok && parsed.error.code).toBe(code);
  });
});

describe("resolving a report", () => {
  const details = parse({});
  if (!details.ok) throw new Error("the valid input must parse");
  const report = newTrainingReport(details.value, "r-1", NOW);
  const later = new Date("2026-11-09T10:00:00Z");

  it("starts open, then records who resolved it, when, and the note", () => {
    expect(report).toMatchObject({ id: "r-1", status: "open", createdAt: NOW });
    expect(resolveTrainingReport(report, { by: "admin-1", note: "Corrigé.", now: later })).toEqual({
      ok: true,
      value: { ...report, status: "resolved", resolvedAt: later, resolvedBy: "admin-1", resolutionNote: "Corrigé." },
    });
  });

  it("refuses to resolve a report twice", () => {
    const once = resolveTrainingReport(report, { by: "admin-1", note: null, now: later });
    if (!once.ok) throw new Error("the first resolution must succeed");
    expect(resolveTrainingReport(once.value, { by: "admin-2", note: null, now: later })).toEqual({
      ok: false,
      error: { code: "TRAINING_REPORT_ALREADY_RESOLVED", id: "r-1" },
    });
  });

  it.each([
    [undefined, null],
    ["   ", null],
    ["  Vos formations sont en ligne. ", "Vos formations sont en ligne."],
    ["x".repeat(RESOLUTION_NOTE_MAX_LENGTH), "x".repeat(RESOLUTION_NOTE_MAX_LENGTH)],
  ])("reads the note %j as %j", (value, note) => {
    expect(parseResolutionNote(value)).toEqual({ ok: true, value: note });
  });

  it("refuses a note longer than its maximum", () => {
    expect(parseResolutionNote("x".repeat(RESOLUTION_NOTE_MAX_LENGTH + 1))).toEqual({
      ok: false,
      error: { code: "TRAINING_REPORT_INVALID", path: "message", reason: "too_long" },
    });
  });
});
