import { describe, expect, it } from "vitest";
import type { OpcoResolver } from "../../src/application/recruiter/ports.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";

/** SIRETs every implementation under test is set up to know (by SIRET upstream, or by IDCC offline). */
export const OPCO_CONTRACT = {
  /** A bakery applying IDCC 843, attached to OPCO EP. */
  bakery: { siret: "99100001900125" as Siret, idccs: [843] },
  /** An establishment no source knows. */
  unknown: { siret: "99100009200999" as Siret, idccs: [] },
  /** An unknown establishment whose agreement the table does not know either. */
  unknownAgreement: { siret: "99100002700110" as Siret, idccs: [9999] },
} as const;

export function opcoResolverContract(name: string, factory: () => Promise<OpcoResolver>): void {
  describe(`OpcoResolver contract — ${name}`, () => {
    it("resolves a known establishment's OPCO with its label", async () => {
      const { siret, idccs } = OPCO_CONTRACT.bakery;
      expect(await (await factory()).resolve(siret, idccs)).toMatchObject({
        code: "EP",
        label: "Opco entreprises de proximité",
      });
    });

    it("answers null when nothing is known", async () => {
      const resolver = await factory();
      const { unknown, unknownAgreement } = OPCO_CONTRACT;
      expect(await resolver.resolve(unknown.siret, unknown.idccs)).toBeNull();
      expect(await resolver.resolve(unknownAgreement.siret, unknownAgreement.idccs)).toBeNull();
    });
  });
}
