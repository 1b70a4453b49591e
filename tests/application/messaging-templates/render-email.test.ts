import { describe, expect, it } from "vitest";
import { FALLBACK_SENTENCE, renderEmail } from "../../../src/application/messaging/templates/index.ts";
import { extractLinks } from "../../../src/domain/messaging/links.ts";

const url = "https://labonnealternance.local/offres/actions/abc_DEF-123?source=rappel&jour=7";

const email = renderEmail({
  subject: "Votre offre\nexpire bientôt",
  preheader: "Plus que 7 jours",
  greeting: "Bonjour <script>alert('x')</script>,",
  paragraphs: ["L’offre « Boulanger & pâtissier » expire dans 7 jours.", 'Un "test" <b>gras</b>.'],
  action: { label: "Prolonger <mon> offre", url },
});

describe("renderEmail", () => {
  it("escapes every interpolated string in the HTML", () => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("Bonjour &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;,");
    expect(email.html).toContain("Boulanger &amp; pâtissier");
    expect(email.html).toContain("Un &quot;test&quot; &lt;b&gt;gras&lt;/b&gt;.");
    expect(email.html).toContain("Prolonger &lt;mon&gt; offre</a>");
  });

  it("keeps the text version as plain text", () => {
    expect(email.text).toContain("Bonjour <script>alert('x')</script>,");
    expect(email.text).not.toContain("&lt;");
  });

  it("prints the plain URL under the button, in the HTML and in the text", () => {
    const escapedUrl = url.replaceAll("&", "&amp;");
    const afterButton = email.html.slice(email.html.indexOf("Prolonger &lt;mon&gt; offre"));
    expect(afterButton).toContain(`${FALLBACK_SENTENCE}<br>`);
    expect(afterButton).toContain(`>${escapedUrl}</a>`);
    expect(email.text).toContain(`Prolonger <mon> offre\n${FALLBACK_SENTENCE}\n${url}\n`);
    expect(FALLBACK_SENTENCE).toBe("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :");
  });

  it("gives the dev mailbox the exact URL from both versions", () => {
    expect(extractLinks(email.text, email.html)).toEqual([url]);
  });

  it("is a French, table-based document with the preheader and a one-line subject", () => {
    expect(email.subject).toBe("Votre offre expire bientôt");
    expect(email.html).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    expect(email.html).toContain('<table role="presentation"');
    expect(email.html).toContain("Plus que 7 jours");
    expect(email.html).toContain("La bonne alternance");
    expect(email.text).toContain("-- \nCet e-mail vous a été envoyé par La bonne alternance");
  });

  it("has no button nor fallback sentence without an action, and takes a custom footer", () => {
    const plain = renderEmail({ subject: "Info", paragraphs: ["Bonjour."], footer: ["Pied de page"] });
    expect(plain.html).not.toContain(FALLBACK_SENTENCE);
    expect(plain.text).toBe("Bonjour.\n\n-- \nPied de page\n");
  });

  it("renders several buttons in order, `action` first, each with its plain URL under it", () => {
    const urls = ["https://lba.test/a", "https://lba.test/b", "https://lba.test/c"];
    const several = renderEmail({
      subject: "Choix",
      paragraphs: ["Choisissez."],
      action: { label: "Premier", url: urls[0] ?? "" },
      actions: [
        { label: "Deuxième", url: urls[1] ?? "" },
        { label: "Troisième", url: urls[2] ?? "" },
      ],
    });
    expect(extractLinks(several.text, several.html)).toEqual(urls);
    expect(several.html.split(FALLBACK_SENTENCE)).toHaveLength(4);
    expect(several.text).toContain(`Deuxième\n${FALLBACK_SENTENCE}\n${urls[1]}\n\nTroisième`);
    expect(() => renderEmail({ subject: "S", paragraphs: [], actions: [{ label: "L", url: "/relative" }] })).toThrow();
  });

  it.each([["javascript:alert(1)"], ["/relative/path"], ['https://x.fr/"onmouseover="a']])(
    "refuses the action URL %s as a programming error",
    (bad) => {
      expect(() => renderEmail({ subject: "S", paragraphs: [], action: { label: "L", url: bad } })).toThrow();
    },
  );
});
