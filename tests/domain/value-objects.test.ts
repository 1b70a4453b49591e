import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/domain/shared/email.ts";
import { parseGeoPoint } from "../../src/domain/shared/geo-point.ts";
import { parseInseeCode } from "../../src/domain/shared/insee-code.ts";
import { parseRomeCode } from "../../src/domain/shared/rome-code.ts";

describe("parseRomeCode", () => {
  it.each(["D1102", "a1101", " N4105 "])("accepts %s", (value) => {
    expect(parseRomeCode(value)).toEqual({ ok: true, value: value.trim().toUpperCase() });
  });
  it.each(["Z9999", "D110", "D11022", "11022", ""])("refuses %s", (value) => {
    expect(parseRomeCode(value)).toMatchObject({ ok: false, error: { code: "ROME_CODE_MALFORMED" } });
  });
});

describe("parseInseeCode", () => {
  it.each(["69123", "75101", "2A004", "97411"])("accepts %s", (value) => {
    expect(parseInseeCode(value).ok).toBe(true);
  });
  it.each(["6912", "2C004", "ABCDE", "691234"])("refuses %s", (value) => {
    expect(parseInseeCode(value).ok).toBe(false);
  });
});

describe("parseEmail", () => {
  it("trims and lower-cases", () => {
    expect(parseEmail("  Marie.Curie@Example.FR ")).toEqual({ ok: true, value: "marie.curie@example.fr" });
  });
  it.each(["marie", "marie@", "marie@example", "ma rie@example.fr"])("refuses %s", (value) => {
    expect(parseEmail(value).ok).toBe(false);
  });
});

describe("parseGeoPoint", () => {
  it("accepts WGS 84 degrees", () => {
    expect(parseGeoPoint(45.758, 4.835)).toEqual({ ok: true, value: { latitude: 45.758, longitude: 4.835 } });
  });
  it.each([
    [91, 0],
    [0, 181],
    [Number.NaN, 0],
  ])("refuses %s, %s", (latitude, longitude) => {
    expect(parseGeoPoint(latitude, longitude).ok).toBe(false);
  });
});
