import { describe, expect, it } from "vitest";
import { DESCRIPTION_HEADINGS, generateOfferDescription } from "../../../src/domain/offer/description.ts";
import { OTHER_TEST_FICHE, TEST_FICHE } from "./builders.ts";

describe("generateOfferDescription", () => {
  const text = generateOfferDescription(TEST_FICHE);

  it("opens with the fiche's definition, verbatim, one sentence a line", () => {
    expect(text.startsWith(TEST_FICHE.definition.join("\n"))).toBe(true);
  });

  it("follows with the access text under its heading, then the skills", () => {
    const access = text.indexOf(`${DESCRIPTION_HEADINGS.access}\n${TEST_FICHE.access[0]}`);
    const skills = text.indexOf(`${DESCRIPTION_HEADINGS.skills}\n- Compétence de test 1`);
    expect(access).toBeGreaterThan(0);
    expect(skills).toBeGreaterThan(access);
  });

  it("lists the first 8 skills by default, in the fiche's order", () => {
    const bullets = text.split("\n").filter((line) => line.startsWith("- "));
    expect(bullets).toEqual(TEST_FICHE.skills.slice(0, 8).map((skill) => `- ${skill}`));
  });

  it("takes the number of skills from the settings", () => {
    const short = generateOfferDescription(TEST_FICHE, { descriptionSkillCount: 2 });
    expect(short.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(2);
  });

  it("is plain text: no HTML, blocks separated by one blank line", () => {
    expect(text).not.toMatch(/[<>]/);
    expect(text.split("\n\n")).toHaveLength(3);
  });

  it("leaves out a section the fiche has no text for", () => {
    expect(generateOfferDescription(OTHER_TEST_FICHE)).toBe(
      `${OTHER_TEST_FICHE.definition[0]}\n\n${DESCRIPTION_HEADINGS.skills}\n- Pétrir une pâte de test`,
    );
  });
});
