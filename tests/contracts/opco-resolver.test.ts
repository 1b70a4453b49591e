import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFranceCompetencesOpcoResolver } from "../../src/adapters/france-competences/opco-resolver.france-competences.ts";
import { createIdccOpcoResolver } from "../../src/adapters/idcc/opco-resolver.idcc.ts";
import { createMemoryNomenclatureReferential } from "../../src/adapters/memory/nomenclature-referential.memory.ts";
import type { Opco } from "../../src/domain/referential/nomenclatures.ts";
import { type SiroStub, siroFound, startSiroStub } from "../support/france-competences-stub.ts";
import { aRecordingLogger } from "../support/test-clock.ts";
import { OPCO_CONTRACT, opcoResolverContract } from "./opco-resolver.contract.ts";

const opco = (code: string, label: string): Opco => ({ code, label, shortName: label, siren: null, website: null });
const nomenclatures = createMemoryNomenclatureReferential({
  naf: [],
  opcos: [opco("EP", "Opco entreprises de proximité"), opco("SANTE", "Opco Santé"), opco("AKTO", "AKTO")],
  idcc: [
    { idcc: 843, opcoCode: "EP" },
    { idcc: 1516, opcoCode: "AKTO" },
  ],
});
const idccTable = createIdccOpcoResolver(nomenclatures);

let stub: SiroStub;
beforeAll(async () => {
  stub = await startSiroStub({ [OPCO_CONTRACT.bakery.siret]: siroFound(OPCO_CONTRACT.bakery.siret, "OPCO EP") });
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const logger = aRecordingLogger();
const franceCompetences = (timeoutMs = 1_000) =>
  createFranceCompetencesOpcoResolver({
    apiKey: "fc-key",
    baseUrl: stub.url,
    timeoutMs,
    nomenclatures,
    fallback: idccTable,
    logger,
  });

opcoResolverContract("IDCC table", async () => idccTable);
// Upstream knows nothing but the SIRET: no IDCC is given, so only France compétences can answer.
opcoResolverContract("France compétences SIRO, against a local stub", async () => {
  const resolver = franceCompetences();
  return { resolve: (siret, idccs) => resolver.resolve(siret, siret === OPCO_CONTRACT.bakery.siret ? [] : idccs) };
});

describe("France compétences OPCO resolver", () => {
  const { siret } = OPCO_CONTRACT.unknown;

  it("GETs /siro/v1/public/{siret} with the gateway key", async () => {
    await franceCompetences().resolve(siret, []);
    expect(stub.requests).toEqual([{ path: `/siro/v1/public/${siret}`, apiKey: "fc-key" }]);
  });

  it("prefers its answer to the IDCC table, whatever the accents of the name", async () => {
    stub.script({ body: siroFound(siret, "OPCO Santé") });
    expect(await franceCompetences().resolve(siret, [843])).toMatchObject({ code: "SANTE" });
  });

  it.each([
    ["a SIRET only claimed by an OPCO (code 02)", { body: { ...siroFound("x", "AKTO"), code: "02" } }],
    ["an OPCO not communicated (N/C)", { body: siroFound("x", "N/C") }],
    ["an HTTP 500", { status: 500 }],
    ["an HTTP 429", { status: 429 }],
    ["a body in another format", { body: { unexpected: true } }],
  ])("falls back to the IDCC table on %s", async (_case, step) => {
    stub.script(step);
    expect(await franceCompetences().resolve(siret, [843])).toMatchObject({ code: "EP" });
  });

  it("falls back on a timeout, and logs it", async () => {
    stub.script({ delayMs: 300 });
    expect(await franceCompetences(50).resolve(siret, [1516])).toMatchObject({ code: "AKTO" });
    expect(logger.lines.at(-1)).toMatchObject({ level: "warn", fields: { siret } });
  });

  it("uses the IDCC France compétences gives when its OPCO is not usable", async () => {
    stub.script({ body: { ...siroFound(siret, "N/C", "1516") } });
    expect(await franceCompetences().resolve(siret, [])).toMatchObject({ code: "AKTO" });
  });
});
