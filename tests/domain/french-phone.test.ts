import { describe, expect, it } from "vitest";
import { frenchPhone } from "../../src/domain/shared/french-phone.ts";

describe("frenchPhone", () => {
  it.each([
    ["+33612345678", "06 12 34 56 78"],
    ["+33478000000", "04 78 00 00 00"],
    ["+33180000000", "01 80 00 00 00"],
    ["+33970000000", "09 70 00 00 00"],
    // Overseas departments dial like metropolitan France (0 + nine digits).
    ["+262262123456", "02 62 12 34 56"],
    ["+262692345678", "06 92 34 56 78"],
    ["+262269611234", "02 69 61 12 34"],
    ["+590590123456", "05 90 12 34 56"],
    ["+594594123456", "05 94 12 34 56"],
    ["+596596123456", "05 96 12 34 56"],
  ])("writes %s as « %s »", (e164, french) => {
    expect(frenchPhone(e164)).toBe(french);
  });

  it.each([
    ["+508411234", "+508 41 12 34"],
    ["+681721234", "+681 72 12 34"],
    ["+687281234", "+687 28 12 34"],
    ["+68940123456", "+689 40 12 34 56"],
  ])("keeps the calling code of a collectivity with its own plan: %s → « %s »", (e164, french) => {
    expect(frenchPhone(e164)).toBe(french);
  });

  it.each(["+442079460958", "+14155550123", "+3361234567", "0612345678", "06 12 34 56 78", ""])(
    "leaves %j unchanged: foreign, or not E.164",
    (value) => {
      expect(frenchPhone(value)).toBe(value);
    },
  );
});
