import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, siteUrl, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/**
 * A recruiter runs its offers from the console: extends one, closes another as filled. Each run signs up its own
 * generated demo company that posts no demo offer (a SIRET signs up once) through the pages and the mailbox page. The publishing form is not
 * built yet: the two offers are published through `POST /api/v1/offers` with the session the pages opened.
 */
const RUNS = [
  { javaScript: true, siret: "99130000029808", name: "EURL LUCAS (DÉMO)" },
  { javaScript: false, siret: "99130000029709", name: "EURL ANDRÉ ET FILS (DÉMO)" },
] as const;

async function signUpAndLogIn(page: Page, siret: string, name: string, email: string): Promise<void> {
  await visit(page, "/espace-pro/inscription/entreprise");
  await page.getByLabel("Numéro SIRET").fill(siret);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.getByText(name, { exact: true }).first().waitFor();
  await page.getByLabel("Prénom").fill("Inès");
  await page.getByLabel("Nom", { exact: true }).fill("Lucas");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Téléphone").fill("06 12 34 56 78");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Vérifiez votre boîte mail");
  await (await mailLink(page, { to: email, link: /\/connexion\// })).click();
  await page.getByRole("button", { name: "Me connecter" }).click();
  await page.waitForURL(siteUrl("/espace-pro"));
}

/** Publishes an offer through the JSON API with the browser's session (the access token of the `session` cookie). */
async function publishThroughApi(page: Page, appellation: string): Promise<void> {
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "session");
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const response = await fetch(siteUrl("/api/v1/offers"), {
    method: "POST",
    headers: { authorization: `Bearer ${session?.value}`, "content-type": "application/json" },
    body: JSON.stringify({
      romeCode: "D1102",
      appellation,
      contractTypes: ["apprentissage"],
      startDate: start,
      durationMonths: 12,
      openings: 1,
    }),
  });
  expect(response.status).toBe(201);
}

describe("a recruiter runs its offers from the console", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const run of RUNS) {
    it(`sees its tabs with counts, extends an offer and closes another as filled (${run.javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript: run.javaScript });
      const page = await context.newPage();
      const email = `ines.lucas+console-${Math.random().toString(36).slice(2, 10)}@exemple.fr`;
      await signUpAndLogIn(page, run.siret, run.name, email);
      await expect(page.getByRole("link", { name: "Offres actives (0)" }).count()).resolves.toBe(1);
      await expectAccessible(page);

      await publishThroughApi(page, "Boulanger / Boulangère");
      await publishThroughApi(page, "Boulanger-pâtissier / Boulangère-pâtissière");
      await page.reload();
      await expect(page.getByRole("link", { name: "Offres actives (2)" }).count()).resolves.toBe(1);
      await expectAccessible(page);

      await page.getByRole("button", { name: "Prolonger : Boulanger / Boulangère" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("Votre offre est prolongée");
      await expectAccessible(page);

      await page.getByRole("link", { name: "Clôturer : Boulanger-pâtissier / Boulangère-pâtissière" }).click();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Clôturer l’offre" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("pourvue ou retirée");
      await expectAccessible(page);
      await page.getByLabel("J’ai trouvé mon alternant : l’offre est pourvue").check();
      await page.getByRole("button", { name: "Clôturer l’offre" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("pourvue");
      await expect(page.getByRole("link", { name: "Offres pourvues (1)" }).count()).resolves.toBe(1);
      await expect(page.getByRole("link", { name: "Offres actives (1)" }).count()).resolves.toBe(1);
      await expectAccessible(page);
      await context.close();
    });
  }
});
