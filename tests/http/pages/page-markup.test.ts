import { html } from "hono/html";
import { describe, expect, it } from "vitest";
import {
  ConfirmPage,
  type ConfirmView,
  ErrorPage,
  LinkProblemPage,
  ResultPage,
} from "../../../src/http/pages/index.ts";

const view: ConfirmView = {
  title: "Répondre à la candidature",
  intro: ["Le candidat recevra votre réponse par e-mail."],
  details: [{ term: "Candidat", value: "Léa M." }],
  fields: [
    {
      kind: "choice",
      name: "intention",
      legend: "Votre réponse",
      options: [
        { value: "interview", label: "Je propose un entretien" },
        { value: "refuse", label: "Je refuse" },
      ],
      required: true,
    },
    { kind: "textarea", name: "message", label: "Message au candidat", hint: "Facultatif", maxLength: 2000 },
  ],
  submitLabel: "Envoyer ma réponse",
};

const render = async (element: unknown) => String(await html`<!DOCTYPE html>${element}`);

const pages = {
  confirm: () => ConfirmPage({ view }),
  "confirm with error": () =>
    ConfirmPage({
      view,
      error: { code: "FORM_INVALID", field: "message", message: "Écrivez un message." },
      values: { message: "Bonjour <b>" },
    }),
  result: () =>
    ResultPage({
      view: { kind: "page", title: "Réponse envoyée", message: ["C’est fait."], next: { label: "Accueil", href: "/" } },
    }),
  "link used": () => LinkProblemPage({ reason: "used" }),
  "link expired": () => LinkProblemPage({ reason: "expired", renewal: { label: "Nouveau lien", href: "/connexion" } }),
  "link unknown": () => LinkProblemPage({ reason: "unknown" }),
  "link wrong purpose": () => LinkProblemPage({ reason: "wrong_purpose" }),
  error: () => ErrorPage({ kind: "unavailable", requestId: "req-1" }),
};

describe.each(Object.entries(pages))("the %s page", (_, page) => {
  it("is a French document readable on a phone, with landmarks and a skip link", async () => {
    const markup = await render(page());
    expect(markup).toMatch(/^<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"\/>/);
    expect(markup).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(markup).toMatch(/<title>[^<]+ – La bonne alternance<\/title>/);
    expect(markup.match(/<main /g)).toHaveLength(1);
    expect(markup.match(/<h1>/g)).toHaveLength(1);
    expect(markup).toContain('<a class="skip" href="#contenu">');
    expect(markup).toContain('<main id="contenu"');
    expect(markup).toContain(":focus-visible{outline:3px solid #000091");
  });

  it("loads nothing from elsewhere and runs no script", async () => {
    const markup = await render(page());
    expect(markup).not.toMatch(/https?:\/\//);
    expect(markup).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\son[a-z]+=/i);
  });
});

describe("form fields", () => {
  it("labels every control: a label per textarea and radio, a legend per group", async () => {
    const markup = await render(pages.confirm());
    const ids = [...markup.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["champ-intention-0", "champ-intention-1", "champ-message"]);
    for (const id of ids) expect(markup).toMatch(new RegExp(`<label[^>]* for="${id}">`));
    expect(markup).toContain("<legend>Votre réponse</legend>");
    expect(markup).toContain('<span class="hint">Facultatif</span>');
    expect(markup).not.toContain("autofocus");
  });

  it("on an error, alerts, keeps what was typed (escaped) and focuses the named field only", async () => {
    const markup = await render(pages["confirm with error"]());
    expect(markup).toContain('<p class="alert" role="alert">Écrivez un message.</p>');
    expect(markup).toMatch(/<textarea[^>]*id="champ-message"[^>]*autofocus[^>]*>Bonjour &lt;b&gt;<\/textarea>/);
    expect(markup.match(/autofocus/g)).toHaveLength(1);
  });
});

describe("link problem and error pages", () => {
  it("tell what to do next", async () => {
    expect(await render(pages["link expired"]())).toContain('<a href="/connexion">Nouveau lien</a>');
    expect(await render(pages["link expired"]())).toContain("Demandez un nouveau lien");
    expect(await render(pages["link used"]())).toContain("vous n’avez rien d’autre à faire");
    expect(await render(pages.error())).toContain("<code>req-1</code>");
  });
});
