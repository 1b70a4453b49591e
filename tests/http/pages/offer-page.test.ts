import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { PublicOffer } from "../../../src/application/offer/index.ts";
import { ok } from "../../../src/domain/shared/result.ts";
import { descriptionBlocks } from "../../../src/http/pages/offer/offer-description.tsx";
import { offerPage } from "../../../src/http/pages/offer/offer-page.tsx";
import { anActiveOffer } from "../../domain/offer/builders.ts";

const VIEW_URL = "https://lba.test/offres/offer-1";

async function pageOf(published: PublicOffer): Promise<string> {
  const app = new Hono();
  const getPublicOffer = async () => ok({ ...published, viewUrl: VIEW_URL });
  app.get("/offres/:id", (c) => offerPage(c, { getPublicOffer }, c.req.param("id")));
  const response = await app.request("/offres/offer-1");
  expect(response.status).toBe(200);
  return response.text();
}

const headings = (html: string) => [...html.matchAll(/<(h[1-6])>([^<]*)</g)].map(([, tag, text]) => `${tag} ${text}`);

describe("the public offer page", () => {
  it("has real headings, in order, and real lists", async () => {
    const offer = anActiveOffer({ employerDescription: "Nos atouts :\n- Un fournil neuf\n- Une équipe de 5" });
    const html = await pageOf({ offer, employer: { kind: "company", name: "AU PAIN DORÉ" } });
    expect(headings(html)).toEqual([
      "h1 Pâtissier / Pâtissière",
      "h2 Description",
      "h3 Accès au métier",
      "h3 Compétences principales",
      "h2 L’entreprise",
      "h3 Nos atouts",
    ]);
    expect(html).toContain("<ul><li>Compétence de test 1</li><li>Compétence de test 2</li>");
    expect(html).toContain("<ul><li>Un fournil neuf</li><li>Une équipe de 5</li></ul>");
    expect(html).not.toMatch(/<p>\s*[-•]/);
  });

  it("writes dates, counts and phone numbers the French way", async () => {
    const offer = anActiveOffer({ startDate: "2026-09-01", openings: 2 });
    const employer = {
      kind: "cfa",
      name: "CFA DU PAIN",
      contactEmail: "cfa@example.fr",
      phone: "+262692345678",
    } as const;
    const html = await pageOf({ offer, employer });
    expect(html).toContain("<dd>1er septembre 2026, pour 24 mois</dd>");
    expect(html).toContain("<dt>Postes à pourvoir</dt><dd>2 postes</dd>");
    expect(html).toContain("<dd>cfa@example.fr · 06 92 34 56 78</dd>");
    // Published 2026-03-10 at 11:00 in Paris, online 30 days.
    expect(html).toContain("En ligne jusqu’au 9 avril 2026.");
  });

  it("counts one opening in the singular", async () => {
    const html = await pageOf({ offer: anActiveOffer(), employer: { kind: "company", name: "X" } });
    expect(html).toContain("<dd>1 poste</dd>");
  });
});

describe("descriptionBlocks", () => {
  it.each([
    ["one sentence", "Une phrase.", [{ kind: "paragraph", text: "Une phrase." }]],
    [
      "a generated section",
      "Accès au métier\nUn CAP.",
      [
        { kind: "heading", text: "Accès au métier" },
        { kind: "paragraph", text: "Un CAP." },
      ],
    ],
    [
      "a recruiter's heading and bullets",
      "Vos missions :\n- pétrir\n• cuire\n\nÀ bientôt.",
      [
        { kind: "heading", text: "Vos missions" },
        { kind: "list", items: ["pétrir", "cuire"] },
        { kind: "paragraph", text: "À bientôt." },
      ],
    ],
    ["a lone line ending with a colon", "Contact :", [{ kind: "paragraph", text: "Contact :" }]],
    [
      "two lists apart",
      "- a\n\n- b",
      [
        { kind: "list", items: ["a"] },
        { kind: "list", items: ["b"] },
      ],
    ],
  ])("reads %s", (_, text, blocks) => {
    expect(descriptionBlocks(text)).toEqual(blocks);
  });
});

describe("the public offer page for search engines", () => {
  it("is indexable and carries the offer as schema.org JobPosting JSON-LD, with no way to close the script", async () => {
    const offer = { ...anActiveOffer({ employerDescription: null }), description: "Pétrir </script><b>et</b> cuire" };
    const html = await pageOf({ offer, employer: { kind: "company", name: "AU PAIN DORÉ" } });
    expect(html).not.toContain("noindex");
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    expect(json).not.toContain("</script>");
    const posting = JSON.parse(json) as Record<string, unknown>;
    expect(posting).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Pâtissier / Pâtissière",
      description: "Pétrir </script><b>et</b> cuire",
      datePosted: offer.createdAt.toISOString(),
      validThrough: offer.expiresAt.toISOString(),
      url: VIEW_URL,
      hiringOrganization: { "@type": "Organization", name: "AU PAIN DORÉ" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "FR" } },
    });
  });
});
