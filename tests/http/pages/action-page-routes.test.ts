import { describe, expect, it } from "vitest";
import { err } from "../../../src/domain/shared/result.ts";
import { demoOfferExtendPage, demoState, issueDemoLink } from "./demo-offer-extend-page.ts";
import { pageTestApp, postForm } from "./support.ts";

const UNKNOWN_TOKEN = "Z".repeat(43);

async function setUp() {
  const state = demoState();
  const token = await issueDemoLink(state, 7);
  return { state, token, app: pageTestApp(demoOfferExtendPage(state)), url: `/exemple/offres/${token}` };
}

describe("action page GET", () => {
  it("shows what will happen and changes nothing", async () => {
    const { state, app, url } = await setUp();
    const before = structuredClone(state);
    const res = await app.request(url);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    expect(html).toContain("<h1>Prolonger votre offre</h1>");
    expect(html).toContain(
      "<dt>Offre</dt><dd>Boulanger ou boulangère</dd><dt>Visible jusqu’au</dt><dd>17 mars 2026</dd>",
    );
    expect(html).toContain('<form method="post">');
    expect(html).not.toContain("action=");
    expect(html).toContain('<button type="submit">Prolonger l’offre</button>');
    expect(html).toContain('<a class="secondary" href="/">Ne rien changer</a>');
    expect(state).toEqual(before);
  });

  it("is neither cached nor leaked to other sites, and runs no script", async () => {
    const { app, url } = await setUp();
    const res = await app.request(url);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("content-security-policy")).not.toContain("script-src");
  });

  it("escapes what the context shows", async () => {
    const state = demoState("<script>alert(1)</script>");
    const token = await issueDemoLink(state, 7);
    const html = await (await pageTestApp(demoOfferExtendPage(state)).request(`/exemple/offres/${token}`)).text();
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("action page POST", () => {
  it("acts once and shows the result", async () => {
    const { state, app, url } = await setUp();
    const res = await app.request(url, postForm({ duree: "2" }));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain("<h1>Offre prolongée</h1>");
    expect(html).toContain('<div role="status">');
    expect(html).toContain("Votre offre est prolongée de 2 mois.");
    expect(state.offer.extensions).toBe(1);
    expect([...state.tokens.values()][0]?.usedAt).toEqual(state.now);
  });

  it("answers a second POST (double click, reload) with the 'already used' page and acts no more", async () => {
    const { state, app, url } = await setUp();
    await app.request(url, postForm({ duree: "1" }));
    const second = await app.request(url, postForm({ duree: "1" }));
    const html = await second.text();
    expect(second.status).toBe(401);
    expect(html).toContain("Ce lien a déjà été utilisé");
    expect(html).toContain("c’est bien pris en compte");
    expect(html).toContain('<a href="/connexion">Se connecter pour gérer mes offres</a>');
    expect(state.offer.extensions).toBe(1);
    expect((await app.request(url)).status).toBe(401);
  });

  it("shows the confirm page again with an alert when the form is incomplete, acting on nothing", async () => {
    const { state, app, url } = await setUp();
    const res = await app.request(url, postForm({}));
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(html).toContain('<p class="alert" role="alert">Choisissez une durée.</p>');
    expect(html).toMatch(/<input[^>]*id="champ-duree-0"[^>]*autofocus/);
    expect(state.offer.extensions).toBe(0);
    expect((await app.request(url, postForm({ duree: "1" }))).status).toBe(200);
  });

  it("follows a redirect outcome with 303 See Other", async () => {
    const { app } = await redirectingApp();
    const res = await app.request(`/exemple/offres/${"A".repeat(43)}`, postForm());
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/espace");
  });
});

async function redirectingApp() {
  const page = demoOfferExtendPage(demoState());
  return {
    app: pageTestApp({ ...page, act: async () => ({ ok: true, value: { kind: "redirect", location: "/espace" } }) }),
  };
}

describe("unusable links", () => {
  // 401, whatever the reason: the same status as LINK_INVALID on the JSON twins (docs/API.md), so a page and its API
  // agree and the status never tells an unknown token from a used one. 410 would be wrong for a token that never
  // existed, 404 would claim the page itself is missing.
  it.each([
    ["a well-formed unknown token", UNKNOWN_TOKEN, "Ce lien ne fonctionne pas"],
    ["a truncated token", "abc", "Ce lien ne fonctionne pas"],
  ])("answers %s with the link-problem page and status 401", async (_, token, title) => {
    const { state, app } = await setUp();
    for (const init of [undefined, postForm({ duree: "1" })]) {
      const res = await app.request(`/exemple/offres/${token}`, init);
      expect(res.status).toBe(401);
      expect(await res.text()).toContain(`<h1>${title}</h1>`);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(state.offer.extensions).toBe(0);
  });

  it("explains an expired link", async () => {
    const { state, app, url } = await setUp();
    state.now = new Date("2026-03-18T10:00:00Z");
    const res = await app.request(url);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("<h1>Ce lien a expiré</h1>");
  });

  it("refuses a link issued for another purpose", async () => {
    const state = demoState();
    const loginToken = await issueDemoLink(state, 9, "login");
    const res = await pageTestApp(demoOfferExtendPage(state)).request(`/exemple/offres/${loginToken}`);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("Ce lien ne correspond pas à cette page");
  });

  it("keeps the link-problem answer when the link dies between GET and POST of a form error", async () => {
    const state = demoState();
    const token = await issueDemoLink(state, 7);
    const page = demoOfferExtendPage(state, async () => err({ code: "LINK_INVALID", reason: "expired" }));
    const res = await pageTestApp(page).request(`/exemple/offres/${token}`, postForm({}));
    expect(res.status).toBe(401);
  });
});
