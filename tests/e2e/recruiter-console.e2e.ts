import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./support/accessibility.ts";
import { launchChromium, newVisitor, siteUrl, visit } from "./support/browser.ts";
import { mailLink } from "./support/mailbox.ts";

/**
 * A recruiter publishes an offer from the console, edits it, finds it as a candidate would, extends and closes it.
 * Each run signs up its own
 * generated demo company that posts no demo offer (a SIRET signs up once) through the pages and the mailbox page.
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

/** Publishes through the console's form (a typed métier, the other fields' defaults), lands on the offer's page. */
async function publishThroughForm(page: Page, metier: string): Promise<string> {
  await page.getByRole("link", { name: "Publier une offre" }).click();
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Publier une offre");
  await page.getByLabel("Métier").fill(metier);
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date de début du contrat").fill(start);
  await page.getByRole("button", { name: "Publier l’offre" }).click();
  await page.waitForURL(/\/espace-pro\/offres\/[^/?]+\?fait=publiee/);
  return (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
}

/** The candidate's search around the offer's place finds it (offers posted here come first, nearest first). */
async function expectFoundBySearch(page: Page, offerPath: string, postcode: string): Promise<void> {
  await visit(page, `/recherche?metier=boulanger&lieu=${postcode}&rayon=10`);
  for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
    if ((await page.locator(`.results a[href="${offerPath}"]`).count()) > 0) return;
    await page.getByRole("link", { name: "Page suivante" }).click();
  }
  throw new Error(`${offerPath} not found in 10 pages of results around ${postcode}`);
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
    it(`publishes an offer, edits its description, finds it through the candidate search, extends and closes it (${run.javaScript ? "with" : "without"} JavaScript)`, async () => {
      const context = await newVisitor(browser, { javaScript: run.javaScript });
      const page = await context.newPage();
      const email = `ines.lucas+console-${Math.random().toString(36).slice(2, 10)}@exemple.fr`;
      await signUpAndLogIn(page, run.siret, run.name, email);
      await expect(page.getByRole("link", { name: "Offres actives (0)" }).count()).resolves.toBe(1);
      await expectAccessible(page);

      // Publishing: a missing field is said next to it; then the offer is online and its description editable.
      await page.getByRole("link", { name: "Publier une offre" }).click();
      await page.getByRole("button", { name: "Publier l’offre" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Indiquez le métier de l’offre.");
      await expectAccessible(page);
      await page.getByRole("link", { name: "Retour à mes offres" }).click();
      const title = await publishThroughForm(page, "boulanger");
      expect(title).toMatch(/Boulanger/);
      await expect(page.getByRole("status").textContent()).resolves.toContain("Votre offre est en ligne");
      const description = page.getByLabel("Description de l’offre");
      await expect(description.inputValue()).resolves.not.toBe("");
      await expectAccessible(page);
      await description.fill("Notre fournil cherche son apprenti boulanger.\n\nVous préparerez le pain du matin.");
      await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("Vos modifications sont enregistrées");
      await expectAccessible(page);

      // The candidate finds it: its page, then the search around its place.
      await page.getByRole("link", { name: "Voir l’offre en ligne" }).click();
      await expect(page.getByText("Notre fournil cherche son apprenti boulanger.").count()).resolves.toBe(1);
      const offerPath = new URL(page.url()).pathname;
      const place = (await page.locator("dt:text-is('Lieu') + dd").textContent()) ?? "";
      await expectFoundBySearch(page, offerPath, place.match(/\d{5}/)?.[0] ?? "");

      await visit(page, "/espace-pro");
      await expect(page.getByRole("link", { name: "Offres actives (1)" }).count()).resolves.toBe(1);
      await page.getByRole("button", { name: `Prolonger : ${title}` }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("Votre offre est prolongée");
      await expectAccessible(page);

      await page.getByRole("link", { name: `Clôturer : ${title}` }).click();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Clôturer l’offre" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("pourvue ou retirée");
      await expectAccessible(page);
      await page.getByLabel("J’ai trouvé mon alternant : l’offre est pourvue").check();
      await page.getByRole("button", { name: "Clôturer l’offre" }).click();
      await expect(page.getByRole("status").textContent()).resolves.toContain("pourvue");
      await expect(page.getByRole("link", { name: "Offres pourvues (1)" }).count()).resolves.toBe(1);
      await expect(page.getByRole("link", { name: "Offres actives (0)" }).count()).resolves.toBe(1);
      await expectAccessible(page);
      // Closed: its page is gone.
      await visit(page, offerPath, 404);
      await context.close();
    });
  }
});
