import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
let token: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
  token = (await registerAndLogIn(world)).accessToken;
});
afterAll(() => database.close());

type Problem = { status: number; code: string; detail: string; errors: { path: string; message: string }[] };

async function problem(path: string, init?: RequestInit): Promise<Problem> {
  const response = await world.app.request(path, init);
  expect(response.status).toBe(400);
  return (await response.json()) as Problem;
}

const anOffer = (overrides: Record<string, unknown>) => ({
  romeCode: "D1102",
  contractTypes: ["apprentissage"],
  startDate: "2027-01-04",
  durationMonths: 24,
  openings: 1,
  ...overrides,
});

const publishing = (overrides: Record<string, unknown>) =>
  problem("/api/v1/offers", json("POST", anOffer(overrides), bearer(token)));

describe("VALIDATION_FAILED messages, in French sentences", () => {
  it.each([
    ["a missing field", "/api/v1/auth/magic-link", {}, "email", "Ce champ est obligatoire."],
    ["a wrong type", "/api/v1/auth/magic-link", { email: 12 }, "email", "Un texte est attendu, pas un nombre."],
    [
      "a malformed email",
      "/api/v1/auth/magic-link",
      { email: "pas-une-adresse" },
      "email",
      "Adresse e-mail invalide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
    ],
    ["an empty token", "/api/v1/auth/session", { token: "" }, "token", "Ce champ ne peut pas être vide."],
  ])("words %s", async (_, path, body, field, message) => {
    const { code, errors } = await problem(path, json("POST", body));
    expect(code).toBe("VALIDATION_FAILED");
    expect(errors).toEqual([{ path: field, message }]);
  });

  it.each([
    ["too short", "/api/v1/metiers?q=b", "Saisissez au moins 2 caractères."],
    ["too long", `/api/v1/metiers?q=${"a".repeat(300)}`, "Ce texte compte 300 caractères ; le maximum est 100."],
    ["not a number", "/api/v1/console/offers?page=deux", "Un nombre est attendu."],
    ["below the minimum", "/api/v1/console/offers?page=0", "La valeur minimale est 1."],
    ["above the maximum", "/api/v1/console/offers?pageSize=500", "La valeur maximale est 200."],
    [
      "not one of the values",
      "/api/v1/console/offers?tab=archives",
      "« archives » ne fait pas partie des valeurs possibles : « active », « filled » ou « expired ».",
    ],
  ])("words a query parameter %s", async (_, path, message) => {
    const { errors } = await problem(path, { headers: bearer(token) });
    expect(errors.map((e) => e.message)).toEqual([message]);
  });

  it.each([
    [
      "romeCode",
      { romeCode: "boulanger" },
      "Code ROME invalide : une lettre suivie de 4 chiffres (par exemple D1102).",
    ],
    [
      "startDate",
      { startDate: "04/01/2027" },
      "Date invalide : le format attendu est AAAA-MM-JJ (par exemple 2027-01-04).",
    ],
    ["durationMonths", { durationMonths: 24.5 }, "Un nombre entier est attendu, sans décimale."],
    [
      "contractTypes",
      { contractTypes: ["apprentissage", "apprentissage", "apprentissage"] },
      "La liste compte 3 éléments ; le maximum est 2.",
    ],
    [
      "contractTypes.0",
      { contractTypes: ["stage"] },
      "« stage » ne fait pas partie des valeurs possibles : « apprentissage » ou « professionnalisation ».",
    ],
    [
      "diplomaLevel",
      { diplomaLevel: "9" },
      "« 9 » ne fait pas partie des valeurs possibles : « 3 », « 4 », « 5 », « 6 » ou « 7 ».",
    ],
    // zod would also measure the text against the list's maximum: one message per field is enough.
    ["contractTypes", { contractTypes: "apprentissage" }, "Une liste est attendue, pas un texte."],
  ])("words a bad %s of an offer", async (path, change, message) => {
    const { errors } = await publishing(change);
    expect(errors).toEqual([{ path, message }]);
  });

  it("sums the errors up in the detail, each after its field", async () => {
    const { detail } = await publishing({ romeCode: "boulanger", durationMonths: "deux ans" });
    expect(detail).toBe(
      "La requête contient 2 erreurs. romeCode : Code ROME invalide : une lettre suivie de 4 chiffres (par exemple D1102). durationMonths : Un nombre est attendu, pas un texte.",
    );
  });

  it("never lets zod's English or its symbols through", async () => {
    const { errors } = await problem(
      "/api/v1/recruiters",
      json("POST", { siret: "", firstName: "", lastName: "x".repeat(200), phone: "12", email: 3, opco: 7 }),
    );
    expect(errors).toHaveLength(6);
    for (const { message } of errors) {
      expect(message).not.toMatch(/\b(invalid|expected|received|too small|too big)\b|[<>]|Entrée|Trop (petit|grand)/i);
      expect(message).toMatch(/^[A-ZÀ-Ü«].*\.$/);
    }
  });
});
