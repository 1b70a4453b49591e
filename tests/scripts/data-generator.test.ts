import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, OUTPUT_FILES } from "../../scripts/data-generator/generate.ts";
import { distanceKm } from "../../scripts/data-generator/places.ts";
import { loadReferential } from "../../scripts/data-generator/referential.ts";
import { FOCUS_CITIES, SCALES } from "../../scripts/data-generator/scales.ts";
import { FranceTravailOfferSchema } from "../../src/adapters/france-travail/wire-format.ts";
import { demoCompanyEstablishments } from "../../src/adapters/insee/demo-companies.ts";
import { eligibilityOf } from "../../src/domain/recruiter/eligibility.ts";
import { parseSiret } from "../../src/domain/shared/siret.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
const referential = loadReferential(repoRoot);
const baseDate = new Date("2026-11-30T12:00:00Z");
let first: string;
let second: string;

const read = async (dir: string, file: string) => gunzipSync(await readFile(join(dir, file))).toString("utf8");
const companiesOf = async (dir: string) =>
  parse(await read(dir, OUTPUT_FILES.companies), { columns: true }) as Record<string, string>[];
const jsonLines = async (dir: string, file: string) =>
  (await read(dir, file))
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  first = await mkdtemp(join(tmpdir(), "lba-gen-"));
  second = await mkdtemp(join(tmpdir(), "lba-gen-"));
  await generate(referential, { scale: SCALES.demo, seed: 7, baseDate, outDir: first });
  await generate(referential, { scale: SCALES.demo, seed: 7, baseDate, outDir: second });
});

afterAll(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

describe("npm run data:generate", () => {
  it("writes byte-identical files for the same seed", async () => {
    for (const file of Object.values(OUTPUT_FILES)) {
      expect(Buffer.compare(await readFile(join(first, file)), await readFile(join(second, file)))).toBe(0);
    }
  });

  it("gives every company a valid demo SIRET (9913…), a real commune and ROME codes linked to its NAF division", async () => {
    const companies = await companiesOf(first);
    expect(companies).toHaveLength(SCALES.demo.companies);
    expect(new Set(companies.map((c) => c.siret)).size).toBe(companies.length);
    const communes = new Set(referential.communes.map((c) => c.insee));
    for (const company of companies) {
      expect(parseSiret(company.siret ?? "").ok).toBe(true);
      expect(company.siret?.startsWith("9913")).toBe(true);
      expect(company.raison_sociale).toMatch(/\(DÉMO\)$/);
      expect(communes.has(company.code_insee ?? "")).toBe(true);
      const division = company.naf?.slice(0, 2) ?? "";
      const [primary] = (company.romes ?? "").split("|").map((pair) => pair.split(":")[0] ?? "");
      expect(referential.divisionsByRome.get(primary ?? "")).toContain(division);
      expect(company.email === "" || company.email?.endsWith(".demo.labonnealternance.local")).toBe(true);
      expect(company.telephone === "" || company.telephone?.startsWith("01 99 00 ")).toBe(true);
    }
  });

  it("has companies with their own email, companies sharing one, and companies without", async () => {
    const companies = await companiesOf(first);
    const counts = new Map<string, number>();
    for (const { email = "" } of companies) if (email) counts.set(email, (counts.get(email) ?? 0) + 1);
    expect([...counts.values()].some((n) => n >= 2)).toBe(true);
    expect([...counts.values()].some((n) => n === 1)).toBe(true);
    expect(companies.some((c) => c.email === "")).toBe(true);
  });

  it("puts all three kinds for D1102 or its sub-fiche D1108 around Paris and around Lyon", async () => {
    const companies = await companiesOf(first);
    const partnerOffers = await jsonLines(first, OUTPUT_FILES.partnerOffers);
    const offers = await jsonLines(first, OUTPUT_FILES.offers);
    const bySiret = new Map(companies.map((c) => [c.siret, c]));
    const bakery = (rome: unknown) => rome === "D1102" || rome === "D1108";
    for (const city of FOCUS_CITIES) {
      const near = (p: { latitude: number; longitude: number }) => distanceKm(city, p) <= 30;
      const coordinates = (c: Record<string, string> | undefined) => ({
        latitude: Number(c?.latitude),
        longitude: Number(c?.longitude),
      });
      expect(companies.some((c) => bakery(c.romes?.slice(0, 5)) && near(coordinates(c)))).toBe(true);
      expect(
        partnerOffers.some((o) => bakery(o.romeCode) && near(o.lieuTravail as { latitude: number; longitude: number })),
      ).toBe(true);
      expect(offers.some((o) => bakery(o.romeCode) && near(coordinates(bySiret.get(o.siret as string))))).toBe(true);
    }
  });

  it("writes France Travail offers the wire format reads, labelled demo", async () => {
    const partnerOffers = await jsonLines(first, OUTPUT_FILES.partnerOffers);
    expect(partnerOffers).toHaveLength(SCALES.demo.partnerOffers);
    expect(new Set(partnerOffers.map((o) => o.id)).size).toBe(partnerOffers.length);
    for (const offer of partnerOffers) {
      const parsed = FranceTravailOfferSchema.parse(offer);
      expect(parsed.entreprise?.nom).toMatch(/\(démo\)$|\(DÉMO\)$/);
      expect(parsed.description).toMatch(/^OFFRE DE DÉMONSTRATION/);
      expect(referential.fiches.has(parsed.romeCode ?? "")).toBe(true);
    }
  });

  it("drafts offers posted here by generated companies, for one of their own ROME codes", async () => {
    const companies = new Map((await companiesOf(first)).map((c) => [c.siret, c]));
    const offers = await jsonLines(first, OUTPUT_FILES.offers);
    expect(offers).toHaveLength(SCALES.demo.offers);
    for (const offer of offers) {
      const company = companies.get(offer.siret as string);
      expect(company?.romes?.split("|").map((p) => p.split(":")[0])).toContain(offer.romeCode);
      expect(company?.naf?.startsWith("85")).toBe(false);
    }
  });
});

describe("the committed demo companies (data/demo/companies.csv.gz)", () => {
  it("are open, diffusible establishments the offline INSEE directory knows; outside education, companies", () => {
    const establishments = demoCompanyEstablishments();
    expect(establishments.length).toBe(SCALES.demo.companies);
    for (const establishment of establishments) {
      expect(establishment.siret.startsWith("9913")).toBe(true);
      expect(establishment.open).toBe(true);
      const education = establishment.nafCode?.startsWith("85.") ?? false;
      expect(eligibilityOf(establishment)).toBe(education ? "cfa_only" : "company");
    }
    expect(establishments.filter((e) => eligibilityOf(e) === "company").length).toBeGreaterThan(250);
  });
});
