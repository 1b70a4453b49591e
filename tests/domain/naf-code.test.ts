import { describe, expect, it } from "vitest";
import { nafDivision, parseNafCode } from "../../src/domain/shared/naf-code.ts";

describe("parseNafCode", () => {
  it.each([
    ["85.59A", "85.59A"],
    ["8559A", "85.59A"],
    ["8559a", "85.59A"],
    [" 10.71C ", "10.71C"],
    ["01.11Z", "01.11Z"],
  ])("accepts %s as %s", (value, expected) => {
    expect(parseNafCode(value)).toEqual({ ok: true, value: expected });
  });

  it.each(["85.59", "85", "855.9A", "85-59A", "85.5AA", "8559AB", "P", ""])("refuses %s", (value) => {
    expect(parseNafCode(value)).toEqual({ ok: false, error: { code: "NAF_CODE_MALFORMED", value } });
  });

  it("gives the division", () => {
    const code = parseNafCode("8532Z");
    expect(code.ok && nafDivision(code.value)).toBe("85");
  });
});
