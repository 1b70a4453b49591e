import { expect } from "vitest";
import { DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import { bearer, type IdentityTestApp, json, newestEmail } from "./identity-app.ts";

type App = IdentityTestApp["app"];

/** The demo bakery of the offline INSEE directory: its establishment is in Lyon (INSEE 69123). */
export const BAKERY_NAME = "AU PAIN DE DEMONSTRATION";

/** Signs the demo bakery up (POST /api/v1/recruiters) and opens its contact's session. */
export async function signUpTheDemoBakery(app: App, email: string) {
  const contact = { firstName: "Camille", lastName: "Durand", phone: "06 12 34 56 78", email };
  const signUp = await app.request("/api/v1/recruiters", json("POST", { siret: DEMO_SIRETS.companyOpen, ...contact }));
  expect(signUp.status).toBe(201);
  const { organisationId } = (await signUp.json()) as { organisationId: string };
  const { token } = await newestEmail(app, email);
  const session = await app.request("/api/v1/auth/session", json("POST", { token }));
  expect(session.status).toBe(200);
  const { accessToken } = (await session.json()) as { accessToken: string };
  return { organisationId, accessToken };
}

/** Publishes a D1102 offer at the establishment (POST /api/v1/offers). */
export async function publishAnOffer(app: App, accessToken: string, fields: Record<string, unknown> = {}) {
  const body = {
    romeCode: "D1102",
    appellation: "Boulanger / Boulangère",
    contractTypes: ["apprentissage"],
    startDate: "2027-01-04",
    durationMonths: 24,
    openings: 1,
    ...fields,
  };
  const response = await app.request("/api/v1/offers", json("POST", body, bearer(accessToken)));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; version: number; expiresAt: string; romeLabel: string };
}

export type FoundItem = { kind: string; id: string; title: string; companyName: string; canApply: boolean };

/** What GET /api/v1/jobs/search answers for these codes around Lyon, 30 km. */
export async function searchAroundLyon(app: App, romes = "D1102"): Promise<FoundItem[]> {
  const response = await app.request(`/api/v1/jobs/search?romes=${romes}&insee=69123&radius=30`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: FoundItem[] }).items;
}

/** The ids of the offers posted here that search finds around Lyon. */
export async function offersFoundAroundLyon(app: App, romes = "D1102"): Promise<string[]> {
  return (await searchAroundLyon(app, romes)).filter((item) => item.kind === "offer").map((item) => item.id);
}
