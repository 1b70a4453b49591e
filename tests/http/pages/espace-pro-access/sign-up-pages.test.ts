import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SIRETS } from "../../../../src/adapters/memory/fixtures/establishments.ts";
import type { DatabaseHandle } from "../../../../src/adapters/postgres/database.ts";
import type { RecruiterUseCases } from "../../../../src/application/recruiter/index.ts";
import type { EstablishmentMatch } from "../../../../src/application/training/index.ts";
import type { Siret } from "../../../../src/domain/shared/siret.ts";
import { recruiterPageRoutes } from "../../../../src/http/pages/recruiter/index.ts";
import type { SitePageKit } from "../../../../src/http/pages/site/site-kit.ts";
import { createIdentityTestApp, type IdentityTestApp } from "../../../support/identity-app.ts";
import { createTestDatabase } from "../../../support/test-database.ts";
import { confirmLoginLink, fromAnywhere, mailboxOf, postForm } from "./support.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const COMPANY = "/espace-pro/inscription/entreprise";
const contact = (email: string) => ({ firstName: "Zoé", lastName: "Martin", phone: "06 12 34 56 78", email });
const post = (path: string, fields: Record<string, string>) =>
  world.app.request(path, postForm(fields), fromAnywhere());

describe("GET /espace-pro/inscription", () => {
  it("offers the two kinds of account", async () => {
    const html = await (await world.app.request("/espace-pro/inscription")).text();
    expect(html).toContain('<a href="/espace-pro/inscription/entreprise">Je suis une entreprise</a>');
    expect(html).toContain('<a href="/espace-pro/inscription/cfa">Je suis un organisme de formation (CFA)</a>');
  });
});

describe("company sign-up, step by step", () => {
  it("asks the SIRET, shows INSEE's data with the contact fields, creates the account and sends the link", async () => {
    const step1 = await world.app.request(COMPANY);
    expect(step1.status).toBe(200);
    const form = await step1.text();
    expect(form).toContain('<label for="champ-siret">Numéro SIRET');
    expect(form).toContain('<input type="hidden" name="etape" value="siret"/>');
    expect(form).toContain('<button type="submit">Continuer</button>');

    const step2 = await post(COMPANY, { etape: "siret", siret: "991 000 019 00125" });
    expect(step2.status).toBe(200);
    const html = await step2.text();
    expect(html).toContain("<dd>BOULANGERIE DEMO DU VIEUX LYON</dd>");
    expect(html).toContain("<dd>AU PAIN DE DEMONSTRATION</dd>");
    expect(html).toContain("<dd>12 RUE SAINT-JEAN, 69005 LYON</dd>");
    expect(html).toContain("10.71C");
    expect(html).toContain(`<input type="hidden" name="siret" value="${DEMO_SIRETS.companyOpen}"/>`);
    for (const [name, label, autocomplete] of [
      ["firstName", "Prénom", "given-name"],
      ["lastName", "Nom", "family-name"],
      ["email", "Adresse e-mail", "email"],
      ["phone", "Téléphone", "tel"],
    ]) {
      expect(html).toContain(`<label for="champ-${name}">${label}`);
      expect(html).toMatch(new RegExp(`name="${name}"[^>]*autocomplete="${autocomplete}"`));
    }
    expect(html).toContain('<button type="submit">Créer mon compte</button>');

    const email = "zoe+inscription@example.fr";
    const created = await post(COMPANY, { etape: "compte", siret: DEMO_SIRETS.companyOpen, ...contact(email) });
    expect(created.status).toBe(303);
    const sent = await world.app.request(created.headers.get("location") ?? "");
    expect(await sent.text()).toContain("<h1>Vérifiez votre boîte mail</h1>");
    const login = await confirmLoginLink(world.app, email);
    expect(login.response.headers.get("location")).toBe("/espace-pro");
    const me = await world.app.request("/api/v1/organisation", { headers: { cookie: login.session } });
    expect(await me.json()).toMatchObject({ establishment: { siret: DEMO_SIRETS.companyOpen } });

    // The SIRET is taken now: the next person is offered to join the account.
    const other = "yanis+inscription@example.fr";
    const taken = await post(COMPANY, { etape: "compte", siret: DEMO_SIRETS.companyOpen, ...contact(other) });
    expect(taken.status).toBe(409);
    const offer = await taken.text();
    expect(offer).toContain("Un compte existe déjà pour ce SIRET");
    expect(offer).toContain('<form method="post" action="/espace-pro/inscription/rejoindre">');
    const joined = await post("/espace-pro/inscription/rejoindre", {
      kind: "company",
      siret: DEMO_SIRETS.companyOpen,
      ...contact(other),
    });
    expect(joined.status).toBe(303);
    const transmitted = await (await world.app.request(joined.headers.get("location") ?? "")).text();
    expect(transmitted).toContain("<h1>Demande transmise</h1>");
    expect(transmitted).toContain("dans les 7 jours");
    const toAdmin = await mailboxOf(world.app, email);
    expect(toAdmin.some((message) => message.text.includes("/demande-acces/"))).toBe(true);
  });

  it.each([
    [DEMO_SIRETS.unknownSiret, "Aucun établissement ne correspond à ce SIRET"],
    [DEMO_SIRETS.companyClosed, "Cet établissement est fermé"],
    [DEMO_SIRETS.companyEducationNaf, "vous pouvez uniquement créer un compte CFA"],
    [DEMO_SIRETS.companyNonDiffusible, "ne sont pas diffusées par l’INSEE"],
    ["1234", "exactement 14 chiffres"],
    ["", "Indiquez le numéro SIRET de votre établissement."],
  ])("refuses SIRET %s in words next to the field (422)", async (siret, words) => {
    const response = await post(COMPANY, { etape: "siret", siret });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#champ-siret">');
    expect(html).toContain('<span class="error-text" id="champ-siret-erreur">');
    expect(html).toContain(words);
    expect(html).toContain(`value="${siret}"`);
  });

  it("keeps what was typed on a refused contact step and writes nothing", async () => {
    const email = "refus+inscription@example.fr";
    const fields = { etape: "compte", siret: "99130000029808", ...contact(email), phone: "12", firstName: "" };
    const response = await post(COMPANY, fields);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#champ-phone">Numéro de téléphone français invalide');
    expect(html).toContain('<a href="#champ-firstName">Indiquez votre prénom.</a>');
    expect(html).toContain(`value="${email}"`);
    expect(html).toContain('<input type="hidden" name="siret" value="99130000029808"/>');
    // A company without a known OPCO may pick one.
    expect(html).toContain('<label for="champ-opco">Votre OPCO (facultatif)');
    expect(await mailboxOf(world.app, email)).toEqual([]);
  });

  it("refuses a SIRET changed in the hidden field on the contact step", async () => {
    const fields = { etape: "compte", siret: DEMO_SIRETS.companyClosed, ...contact("triche+inscription@example.fr") };
    const response = await post(COMPANY, fields);
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("Cet établissement est fermé");
  });
});

describe("CFA sign-up", () => {
  it("refuses an establishment the catalogue does not list, in words next to the SIRET", async () => {
    const fields = { etape: "compte", siret: DEMO_SIRETS.cfaQualiopi, ...contact("cfa+inscription@example.fr") };
    const response = await post("/espace-pro/inscription/cfa", fields);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<span class="error-text" id="champ-siret-erreur">');
    expect(html).toContain("ne figure pas comme organisme formateur dans le catalogue");
  });

  it("finds an establishment by name when the catalogue search is wired, and picks it without JavaScript", async () => {
    const matches: EstablishmentMatch[] = [
      { siret: DEMO_SIRETS.cfaQualiopi as Siret, name: "CFA DEMO", uai: "0691234A", city: "Lyon", qualiopi: true },
      { siret: DEMO_SIRETS.cfaNotQualiopi as Siret, name: "ECOLE DEMO", uai: null, city: null, qualiopi: false },
    ];
    const kit = { pageAuth: async () => new Response(null, { status: 500 }), devMode: true } as unknown as SitePageKit;
    const pages = recruiterPageRoutes({} as RecruiterUseCases, kit, {
      findTrainingEstablishments: async ({ q }) => (q === "demo" ? matches : []),
    });
    const html = await (await pages.request("/espace-pro/inscription/cfa?recherche=demo")).text();
    expect(html).toContain('<form method="get" action="/espace-pro/inscription/cfa#resultats">');
    expect(html).toContain("2 établissements trouvés");
    expect(html).toContain("Lyon · UAI 0691234A · SIRET 99100005000138");
    expect(html).toContain(`<input type="hidden" name="siret" value="${DEMO_SIRETS.cfaQualiopi}"/>`);
    expect(html).toContain('Choisir<span class="visually-hidden"> CFA DEMO</span>');
    expect(html).toContain("Pas encore certifié Qualiopi");
    const short = await (await pages.request("/espace-pro/inscription/cfa?recherche=d")).text();
    expect(short).toContain("Tapez au moins 2 caractères");
  });
});

describe("the platform's stable sign-up addresses", () => {
  it("redirect permanently to the company and CFA sign-up pages", async () => {
    for (const [path, target] of [
      ["/espace-pro/creation/entreprise", "/espace-pro/inscription/entreprise"],
      ["/espace-pro/creation/cfa", "/espace-pro/inscription/cfa"],
    ]) {
      const response = await world.app.request(path as string);
      expect(response.status, path).toBe(301);
      expect(response.headers.get("location")).toBe(target);
    }
  });
});
