import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInseeEstablishmentDirectory } from "../../src/adapters/insee/establishment-directory.insee.ts";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { parseSiret, type Siret } from "../../src/domain/shared/siret.ts";
import { DEMO_SIRENE_ANSWERS } from "../support/sirene-demo-answers.ts";
import { type SireneStub, startSireneStub } from "../support/sirene-stub.ts";
import { establishmentDirectoryContract } from "./establishment-directory.contract.ts";

let stub: SireneStub;
beforeAll(async () => {
  stub = await startSireneStub(DEMO_SIRENE_ANSWERS);
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const insee = (timeoutMs = 2_000) =>
  createInseeEstablishmentDirectory({ apiKey: "test-key", baseUrl: `${stub.url}/`, timeoutMs, retryBaseMs: 1 });

establishmentDirectoryContract("offline demo directory", async () => {
  const directory = createMemoryEstablishmentDirectory(DEMO_ESTABLISHMENTS);
  return { directory, breakUpstream: () => directory.setUnavailable(true) };
});

establishmentDirectoryContract("INSEE API Sirene 3.11, against a local stub", async () => ({
  directory: insee(),
  breakUpstream: () => stub.script({ status: 500 }, { status: 500 }, { status: 500 }),
}));

describe("demo fixtures", () => {
  it.each(Object.entries(DEMO_SIRETS))("%s (%s) is a valid SIRET", (_key, siret) => {
    expect(parseSiret(siret)).toEqual({ ok: true, value: siret });
  });

  it("lists one establishment per demo SIRET but the unknown one", () => {
    const listed = DEMO_ESTABLISHMENTS.map((e) => e.siret as string).sort();
    const { unknownSiret, ...known } = DEMO_SIRETS;
    expect(listed).toEqual(Object.values(known).sort());
    expect(listed).not.toContain(unknownSiret);
  });
});

describe("INSEE directory: failures and retries", () => {
  const open = DEMO_SIRETS.companyOpen as Siret;

  it("GETs /siret/{siret} with the API key header of INSEE's portal", async () => {
    await insee().findBySiret(open);
    expect(stub.requests).toEqual([{ path: `/siret/${open}`, apiKey: "test-key", accept: "application/json" }]);
  });

  it.each([429, 503])("retries after a %i and answers", async (status) => {
    stub.script({ status });
    expect(await insee().findBySiret(open)).toMatchObject({ legalName: "BOULANGERIE DEMO DU VIEUX LYON" });
    expect(stub.requests).toHaveLength(2);
  });

  it("gives up after two retries: 500 three times is UpstreamUnavailable", async () => {
    stub.script({ status: 500 }, { status: 500 }, { status: 500 });
    await expect(insee().findBySiret(open)).rejects.toThrow(UpstreamUnavailable);
    expect(stub.requests).toHaveLength(3);
  });

  it("does not wait for a Retry-After beyond its budget", async () => {
    stub.script({ status: 429, retryAfter: "60" });
    await expect(insee().findBySiret(open)).rejects.toThrow("HTTP 429");
    expect(stub.requests).toHaveLength(1);
  });

  it("an answer slower than the timeout is UpstreamUnavailable", async () => {
    stub.script({ delayMs: 500 });
    await expect(insee(100).findBySiret(open)).rejects.toThrow(UpstreamUnavailable);
  });

  it.each([401, 400])("HTTP %i (a configuration problem) is UpstreamUnavailable, without retry", async (status) => {
    stub.script({ status });
    await expect(insee().findBySiret(open)).rejects.toThrow(`HTTP ${status}`);
    expect(stub.requests).toHaveLength(1);
  });

  it("a body that is not Sirene's is UpstreamUnavailable", async () => {
    stub.script({ status: 200, body: { etablissement: { siret: open } } });
    await expect(insee().findBySiret(open)).rejects.toThrow("unexpected body");
  });

  it("an unreachable API is UpstreamUnavailable", async () => {
    const down = createInseeEstablishmentDirectory({ apiKey: "k", baseUrl: "http://127.0.0.1:9" });
    await expect(down.findBySiret(open)).rejects.toThrow(UpstreamUnavailable);
  });
});
