import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, siteUrl, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/**
 * A training centre signs up, adds a partner company and publishes an offer for it. Each run takes its own CFA of
 * the demo catalogue (real 2020 establishments, Qualiopi, in Paris; a SIRET signs up once); the partner is the
 * offline directory's open bakery, which needs no account of its own.
 */
const RUNS = [
  { javaScript: true, siret: "99120152900013", name: "CFA SACEF" },
  { javaScript: false, siret: "99120148400011", name: "CEFLU UFA" },
] as const;

const PARTNER_SIRET = "99100001900125";

async function signUpAsCfa(page: Page, siret: string, name: string, email: string): Promise<void> {
  await visit(page, "/espace-pro/inscription/cfa");
  // The establishment finder: the CFA is found by its name in the catalogue, then chosen.
  await page.getByLabel("Nom de l’établissement, UAI ou formation").fill(name);
  await page.getByRole("button", { name: "Chercher mon établissement" }).click();
  await expectAccessible(page);
  const card = page.locator(".results .card").filter({ hasText: `SIRET ${siret}` });
  await card.getByRole("button", { name: /^Choisir/ }).click();
  await page.getByText(name, { exact: true }).first().waitFor();
  await page.getByLabel("Prénom").fill("Nadia");
  await page.getByLabel("Nom", { exact: true }).fill("Benali");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Téléphone").fill("01 42 00 00 00");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Vérifiez votre boîte mail");
  await (await mailLink(page, { to: email, link: /\/connexion\// })).click();
  await page.getByRole("button", { name: "Me connecter" }).click();
  await page.waitForURL(siteUrl("/espace-pro"));
}

describe("a CFA adds a partner company and publishes an offer for it", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const run of RUNS) {
    it(`adds the partner, publishes for it, and candidates see the CFA (${run.javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript: run.javaScript });
      const page = await context.newPage();
      const email = `nadia.benali+${Math.random().toString(36).slice(2, 10)}@cfa-exemple.fr`;
      await signUpAsCfa(page, run.siret, run.name, email);

      await page.getByRole("link", { name: "Entreprises partenaires" }).click();
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Mes entreprises partenaires");
      await expectAccessible(page);
      // The company's contact must be its own: the CFA's address is refused next to the field.
      await page.getByLabel("Numéro SIRET de l’entreprise").fill(PARTNER_SIRET);
      await page.getByLabel("Prénom du contact").fill("Camille");
      await page.getByLabel("Nom du contact", { exact: true }).fill("Durand");
      await page.getByLabel("Adresse e-mail du contact").fill(email);
      await page.getByLabel("Téléphone du contact").fill("06 12 34 56 78");
      await page.getByRole("button", { name: "Ajouter l’entreprise" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("est la vôtre");
      await expectAccessible(page);
      await page.getByLabel("Adresse e-mail du contact").fill("camille.durand@boulangerie-exemple.fr");
      await page.getByRole("button", { name: "Ajouter l’entreprise" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("L’entreprise est ajoutée");
      await expectAccessible(page);

      await page.getByRole("link", { name: /^Publier une offre pour / }).click();
      await expect(page.getByText(`Pour votre entreprise partenaire (SIRET ${PARTNER_SIRET}).`).count()).resolves.toBe(
        1,
      );
      await page.getByLabel("Métier").fill("boulanger");
      const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel("Date de début du contrat").fill(start);
      await page.getByRole("button", { name: "Publier l’offre" }).click();
      await page.waitForURL(/\/espace-pro\/offres\/[^/?]+\?fait=publiee/);
      await expect(page.getByRole("status").textContent()).resolves.toContain("Votre offre est en ligne");
      await expectAccessible(page);

      await page.getByRole("link", { name: "Voir l’offre en ligne" }).click();
      await expect(page.locator("dt:text-is('Employeur') + dd").textContent()).resolves.toContain(
        "centre de formation, pour une entreprise partenaire",
      );
      await expectAccessible(page);
      await context.close();
    });
  }
});
