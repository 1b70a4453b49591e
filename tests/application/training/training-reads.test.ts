import { describe, expect, it } from "vitest";
import type { GeoPoint } from "../../../src/domain/shared/geo-point.ts";
import type { Siret } from "../../../src/domain/shared/siret.ts";
import { trainingIdOf } from "../../../src/domain/training/training.ts";
import { aCatalogueTraining, aTrainingEstablishment } from "../../support/training-builders.ts";
import { anAppointmentView, trainingOnFakes } from "../../support/training-fakes.ts";

const place = (latitude: number, longitude: number) => ({
  street: null,
  postcode: "69003",
  city: "Lyon",
  insee: "69383",
  latitude,
  longitude,
});
const BAKERY = aCatalogueTraining({ catalogueKey: "BAKERY", title: "CAP BOULANGER", place: place(45.76, 4.85) });
const INDUSTRIAL = aCatalogueTraining({
  catalogueKey: "INDUS",
  title: "BAC PRO BOULANGERIE INDUSTRIELLE",
  romeCodes: ["D1108"],
  place: place(45.77, 4.88),
});
const UNLISTED = aCatalogueTraining({ catalogueKey: "UNLISTED", qualiopi: false });
const search = (overrides: Record<string, unknown> = {}) => ({
  romes: ["D1102"],
  place: { kind: "none" as const },
  radiusKm: 30,
  diplomaLevel: null,
  page: 1,
  pageSize: 50,
  ...overrides,
});

describe("searchTrainings", () => {
  it("matches a ROME code's sub-fiches and says where an appointment can be asked for", async () => {
    const fakes = trainingOnFakes([BAKERY, INDUSTRIAL, UNLISTED], anAppointmentView([trainingIdOf("BAKERY")]));
    const result = await fakes.searchTrainings(search({ place: { kind: "insee", insee: "69123" } }));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value).toMatchObject({ page: 1, pageSize: 50, total: 2 });
    expect(
      result.value.items.map((item) => [item.training.catalogueKey, item.distanceKm, item.appointmentAvailable]),
    ).toEqual([
      ["BAKERY", 1.2, true],
      ["INDUS", 3.7, false],
    ]);
  });

  it("centres a postcode on its most populous commune, and refuses unknown places and ROME codes", async () => {
    const fakes = trainingOnFakes([BAKERY]);
    const byPostcode = await fakes.searchTrainings(
      search({ place: { kind: "postcode", postcode: "69003" }, radiusKm: 5 }),
    );
    expect(byPostcode.ok && byPostcode.value.items.map((item) => item.distanceKm)).toEqual([1.2]);
    expect(await fakes.searchTrainings(search({ place: { kind: "postcode", postcode: "75001" } }))).toEqual({
      ok: false,
      error: { code: "PLACE_UNKNOWN", path: "postcode", value: "75001" },
    });
    expect(await fakes.searchTrainings(search({ place: { kind: "insee", insee: "75056" } }))).toMatchObject({
      error: { code: "PLACE_UNKNOWN", path: "insee" },
    });
    expect(await fakes.searchTrainings(search({ romes: ["D1102", "A1101"] }))).toEqual({
      ok: false,
      error: { code: "ROME_UNKNOWN", romeCode: "A1101" },
    });
  });

  it("takes coordinates as given and pages through the results", async () => {
    const fakes = trainingOnFakes([BAKERY, INDUSTRIAL]);
    const point = { latitude: 45.77, longitude: 4.88 } as GeoPoint;
    const result = await fakes.searchTrainings(search({ place: { kind: "point", point }, page: 2, pageSize: 1 }));
    expect(result.ok && result.value.items.map((item) => item.training.catalogueKey)).toEqual(["BAKERY"]);
    expect(result.ok && result.value.total).toBe(2);
  });

  it("says no appointment anywhere while the appointment service is absent", async () => {
    const result = await trainingOnFakes([BAKERY]).searchTrainings(search());
    expect(result.ok && result.value.items.map((item) => item.appointmentAvailable)).toEqual([false]);
  });
});

describe("getTraining", () => {
  it("gives a listed training with what the appointment service offers on the candidate's platform", async () => {
    const fakes = trainingOnFakes([BAKERY], anAppointmentView([trainingIdOf("BAKERY")]));
    const onLba = await fakes.getTraining({ id: trainingIdOf("BAKERY"), platform: "lba" });
    expect(onLba.ok && onLba.value.appointment).toEqual({
      available: true,
      platforms: ["lba", "onisep"],
      contactEmail: "rdv@cfa-test.fr",
    });
    const onParcoursup = await fakes.getTraining({ id: trainingIdOf("BAKERY"), platform: "parcoursup" });
    expect(onParcoursup.ok && onParcoursup.value.appointment.available).toBe(false);
  });

  it("answers TRAINING_NOT_FOUND for an unknown or unlisted training", async () => {
    const fakes = trainingOnFakes([UNLISTED]);
    for (const id of ["nope", trainingIdOf("UNLISTED")]) {
      expect(await fakes.getTraining({ id, platform: "lba" })).toEqual({
        ok: false,
        error: { code: "TRAINING_NOT_FOUND", id },
      });
    }
  });
});

describe("findTrainingEstablishments", () => {
  it("finds by UAI typed in lower case with spaces, and gives nothing for a query without letters or digits", async () => {
    const formateur = aTrainingEstablishment("99100002700110", { uai: "0693306U", legalName: "CFA DU TEST" });
    const fakes = trainingOnFakes([aCatalogueTraining({ formateur })]);
    expect(await fakes.findTrainingEstablishments({ q: "0693 306u" })).toEqual([
      { siret: "99100002700110", name: "CFA DU TEST", uai: "0693306U", city: "LYON", qualiopi: true },
    ]);
    expect(await fakes.findTrainingEstablishments({ q: "  " })).toEqual([]);
  });
});

describe("readTrainingFeed", () => {
  it("pages in update order with a cursor, flags unlisted trainings as removed, and refuses an altered cursor", async () => {
    const fakes = trainingOnFakes([BAKERY, UNLISTED], anAppointmentView([trainingIdOf("BAKERY")]));
    const first = await fakes.readTrainingFeed({ limit: 1 });
    if (!first.ok) throw new Error(first.error.code);
    expect(first.value.hasMore).toBe(true);
    const second = await fakes.readTrainingFeed({ cursor: first.value.nextCursor, limit: 10 });
    const all = [...first.value.items, ...(second.ok ? second.value.items : [])];
    expect(all.map((item) => [item.training.catalogueKey, item.status, item.appointment.available])).toEqual([
      ["BAKERY", "active", true],
      ["UNLISTED", "removed", false],
    ]);
    expect(second.ok && second.value.hasMore).toBe(false);
    expect(await fakes.readTrainingFeed({ cursor: "garbage!", limit: 10 })).toEqual({
      ok: false,
      error: { code: "CURSOR_INVALID" },
    });
    const since = await fakes.readTrainingFeed({ updatedSince: new Date("2026-11-03T00:00:00Z"), limit: 10 });
    expect(since.ok && since.value).toEqual({ items: [], nextCursor: null, hasMore: false });
  });
});

describe("the training context's published API", () => {
  it("gives listed trainings only, a formateur's trainings by title, and the formateur as the catalogue lists it", async () => {
    const fakes = trainingOnFakes([BAKERY, INDUSTRIAL, UNLISTED]);
    expect(await fakes.published.trainingOf(trainingIdOf("UNLISTED"))).toBeNull();
    expect((await fakes.published.trainingOf(trainingIdOf("BAKERY")))?.title).toBe("CAP BOULANGER");
    const siret = BAKERY.formateur.siret as Siret;
    expect((await fakes.published.trainingsOfFormateur(siret)).map((t) => t.catalogueKey)).toEqual(["INDUS", "BAKERY"]);
    expect(await fakes.published.formateurOf(siret)).toEqual(BAKERY.formateur);
    expect(await fakes.published.formateurOf("99100005000138" as Siret)).toBeNull();
  });
});
