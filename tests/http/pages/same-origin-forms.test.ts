import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { sameOriginForms } from "../../../src/http/pages/site/same-origin-forms.tsx";

/** A page form that counts the POSTs that reached it, behind the guard. */
function guardedForm() {
  const reached: string[] = [];
  const app = new Hono();
  app.use(sameOriginForms(["https://lba.example"]));
  app.post("/espace-pro/offres/nouvelle", (c) => {
    reached.push(c.req.path);
    return c.text("publiée");
  });
  app.post("/api/v1/offers", (c) => c.text("api"));
  const post = (path: string, headers: Record<string, string>) =>
    app.request(`http://127.0.0.1:3000${path}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: "title=Boulanger",
    });
  return { post, reached };
}

describe("the same-origin guard of the pages' forms", () => {
  it("refuses a form another site submits, with a French page, and the handler never runs", async () => {
    const { post, reached } = guardedForm();
    const crossSite = await post("/espace-pro/offres/nouvelle", { "sec-fetch-site": "cross-site" });
    const foreignOrigin = await post("/espace-pro/offres/nouvelle", { origin: "https://evil.example" });
    const nullOrigin = await post("/espace-pro/offres/nouvelle", { origin: "null" });
    for (const response of [crossSite, foreignOrigin, nullOrigin]) {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("envoyé depuis un autre site");
    }
    expect(reached).toEqual([]);
  });

  it("lets our own forms through: same-origin fetch metadata (even with Origin: null), our origins, no browser headers", async () => {
    const { post, reached } = guardedForm();
    const answers = await Promise.all([
      post("/espace-pro/offres/nouvelle", { "sec-fetch-site": "same-origin", origin: "null" }),
      post("/espace-pro/offres/nouvelle", { origin: "http://127.0.0.1:3000" }),
      post("/espace-pro/offres/nouvelle", { origin: "https://lba.example" }),
      post("/espace-pro/offres/nouvelle", {}),
    ]);
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(reached).toHaveLength(4);
  });

  it("leaves the JSON API to its own rules (CORS, the cookie-origin check)", async () => {
    const { post } = guardedForm();
    expect((await post("/api/v1/offers", { "sec-fetch-site": "cross-site" })).status).toBe(200);
  });
});
