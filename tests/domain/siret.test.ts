import { describe, expect, it } from "vitest";
import { isValidSiretChecksum, parseSiret } from "../../src/domain/shared/siret.ts";

describe("parseSiret", () => {
  it.each([
    ["73282932000074", "73282932000074"],
    ["732 829 320 00074", "73282932000074"],
    [" 73282932000074 ", "73282932000074"],
    ["732\u00a0829\u00a0320\u00a000074", "73282932000074"],
    ["99100001900125", "99100001900125"],
    // La Poste: the head office satisfies Luhn, the other establishments the multiple-of-5 rule (INSEE).
    ["35600000000048", "35600000000048"],
    ["35600000049837", "35600000049837"],
    ["35600000012346", "35600000012346"],
  ])("accepts %s as %s", (value, expected) => {
    expect(parseSiret(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["7328293200007", "format"],
    ["732829320000745", "format"],
    ["7328293200007A", "format"],
    ["732-829-320-00074", "format"],
    ["", "format"],
    ["73282932000075", "checksum"],
    ["99100001900126", "checksum"],
    // Digit sum 44, not a multiple of 5, and not Luhn: refused even under La Poste's SIREN.
    ["35600000049836", "checksum"],
    // Digit sum 15 (multiple of 5) but outside La Poste: Luhn applies and fails.
    ["12345000000000", "checksum"],
  ])("refuses %s (%s)", (value, reason) => {
    expect(parseSiret(value)).toEqual({ ok: false, error: { code: "SIRET_INVALID", value, reason } });
  });
});

describe("isValidSiretChecksum", () => {
  it.each([
    ["00000000000000", true],
    ["35600000000000", false],
    ["35600000000006", true],
    ["not digits", false],
  ])("%s → %s", (digits, valid) => {
    expect(isValidSiretChecksum(digits)).toBe(valid);
  });
});
