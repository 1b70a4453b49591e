import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/adapters/postgres/database.ts";
import {
  bearer,
  createIdentityTestApp,
  type IdentityTestApp,
  json,
  logIn,
  newestEmail,
  registerAndLogIn,
} from "../support/identity-app.ts";
import { createTestDatabase } from "../support/test-database.ts";

let database: DatabaseHandle;
let world: IdentityTestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await createIdentityTestApp(database);
});
afterAll(() => database.close());

const call = (method: string, path: string, token: string, body?: unknown) =>
  world.app.request(path, json(method, body, bearer(token)));

/** A founder (admin) and colleagues who accepted their invitation (members): their ids and tokens. */
async function anOrganisation(colleagues: number) {
  const founder = await registerAndLogIn(world);
  const members: { id: string; token: string }[] = [];
  for (let i = 0; i < colleagues; i++) {
    const email = `collegue${i}.${founder.organisationId.slice(0, 8)}@example.fr`;
    await call("POST", `/api/v1/organisations/${founder.organisationId}/invitations`, founder.accessToken, { email });
    await world.app.request(new URL((await newestEmail(world.app, email)).link).pathname, { method: "POST" });
    const token = await logIn(world.app, email);
    const me = await (await world.app.request("/api/v1/me", { headers: bearer(token) })).json();
    members.push({ id: me.user.id, token });
  }
  const memberPath = (userId: string) => `/api/v1/organisations/${founder.organisationId}/members/${userId}`;
  return { founder, members, memberPath };
}

describe("roles (docs/adr/0015)", () => {
  it("refuses a member removing the founder: 403 ORGANISATION_ADMIN_ONLY", async () => {
    const { founder, members, memberPath } = await anOrganisation(1);
    const [member] = members;
    if (!member) throw new Error("no colleague");
    const refused = await call("DELETE", memberPath(founder.userId), member.token);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: "ORGANISATION_ADMIN_ONLY",
      detail: expect.stringContaining("administrateurs"),
    });
    const me = await (await world.app.request("/api/v1/me", { headers: bearer(member.token) })).json();
    expect(me.organisations).toMatchObject([{ id: founder.organisationId, role: "member" }]);
  });

  it("lets only one of two admins leaving at the same moment go: the organisation keeps an admin", async () => {
    const { founder, members, memberPath } = await anOrganisation(2);
    const [second] = members;
    if (!second) throw new Error("no colleague");
    expect((await call("PATCH", memberPath(second.id), founder.accessToken, { role: "admin" })).status).toBe(200);
    const answers = await Promise.all([
      call("DELETE", memberPath(founder.userId), founder.accessToken),
      call("DELETE", memberPath(second.id), second.token),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 409]);
    const remaining = await Promise.all(
      [founder.accessToken, second.token].map(async (token) =>
        (await world.app.request("/api/v1/organisation", { headers: bearer(token) })).json(),
      ),
    );
    const description = remaining.find((body) => Array.isArray(body.members));
    expect(description.members.filter((m: { role: string }) => m.role === "admin")).toHaveLength(1);
  });
});
