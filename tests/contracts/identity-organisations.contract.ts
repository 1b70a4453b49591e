import { beforeEach, describe, expect, it } from "vitest";
import { closeOrganisation, disableOrganisation, type Organisation } from "../../src/domain/identity/organisation.ts";
import { anOrganisation, at, aUser, T0 } from "../support/identity-builders.ts";
import type { IdentityFactory, IdentityRepositories } from "./identity-people.contract.ts";

const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error("unexpected refusal");
  return result.value;
};

export function identityOrganisationsContract(name: string, factory: IdentityFactory) {
  describe(`Organisations and memberships contract — ${name}`, () => {
    let repos: IdentityRepositories;
    beforeEach(async () => {
      ({ repos } = await factory());
    });
    const join = (userId: string, organisationId: string, ms = 0) =>
      repos.memberships.add({ userId, organisationId, createdAt: at(ms) });

    it("gives back an organisation field for field, in each status", async () => {
      const active = anOrganisation("o1", { displayName: "Boulangerie Martin" });
      expect(await repos.organisations.create(active)).toBe("created");
      expect(await repos.organisations.findById("o1")).toEqual(active);
      const disabled = must(disableOrganisation(active, at(5)));
      await repos.organisations.updateStatus(disabled);
      expect(await repos.organisations.findById("o1")).toEqual(disabled);
      expect(await repos.organisations.findById("o2")).toBeNull();
    });

    it("allows one open organisation per kind and SIRET; a closed one frees the SIRET, a disabled one does not", async () => {
      const first = anOrganisation("o1");
      await repos.organisations.create(first);
      expect(await repos.organisations.create(anOrganisation("o2"))).toBe("conflict");
      expect(await repos.organisations.create(anOrganisation("o3", { kind: "cfa" }))).toBe("created");
      await repos.organisations.updateStatus(must(closeOrganisation(first, at(1))));
      expect(await repos.organisations.create(anOrganisation("o4"))).toBe("created");
      await repos.organisations.updateStatus(
        must(disableOrganisation((await repos.organisations.findById("o4")) as Organisation, at(2))),
      );
      expect(await repos.organisations.create(anOrganisation("o5"))).toBe("conflict");
    });

    it("lists newest first (ties: id descending), a page at a time, with member counts", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.users.findOrCreate(aUser("u2"));
      for (const [id, ms] of [
        ["o-a", 0],
        ["o-b", 10],
        ["o-c", 10],
        ["o-d", 5],
      ] as const) {
        await repos.organisations.create(anOrganisation(id, { siret: `1000000000000${id.at(-1)}`, now: at(ms) }));
      }
      await join("u1", "o-c");
      await join("u2", "o-c");
      await join("u1", "o-a");
      const first = await repos.organisations.list({ page: 1, pageSize: 3 });
      expect(first.total).toBe(4);
      expect(first.items.map((i) => [i.organisation.id, i.memberCount])).toEqual([
        ["o-c", 2],
        ["o-b", 0],
        ["o-d", 0],
      ]);
      const second = await repos.organisations.list({ page: 2, pageSize: 3 });
      expect(second.items.map((i) => [i.organisation.id, i.memberCount])).toEqual([["o-a", 1]]);
      expect((await repos.organisations.list({ page: 3, pageSize: 3 })).items).toEqual([]);
    });

    it("adds a membership once and removes it", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.organisations.create(anOrganisation("o1"));
      expect(await join("u1", "o1")).toBe("added");
      expect(await join("u1", "o1", 5)).toBe("exists");
      expect(await repos.memberships.membersOf("o1")).toEqual(["u1"]);
      expect(await repos.memberships.remove("u1", "o1")).toBe(true);
      expect(await repos.memberships.remove("u1", "o1")).toBe(false);
      expect(await repos.memberships.membersOf("o1")).toEqual([]);
    });

    it("lists a person's organisations (any status) and an organisation's members, oldest membership first", async () => {
      for (const id of ["u-b", "u-a", "u-c"]) await repos.users.findOrCreate(aUser(id));
      await repos.organisations.create(anOrganisation("o-b", { siret: "10000000000001" }));
      await repos.organisations.create(anOrganisation("o-a", { siret: "10000000000002" }));
      await repos.organisations.create(anOrganisation("o-c", { siret: "10000000000003" }));
      const disabled = must(disableOrganisation((await repos.organisations.findById("o-c")) as Organisation, T0));
      await repos.organisations.updateStatus(disabled);
      await join("u-a", "o-c", 0);
      await join("u-a", "o-b", 10);
      await join("u-a", "o-a", 10);
      await join("u-c", "o-b", 5);
      await join("u-b", "o-b", 10);
      const organisations = await repos.memberships.organisationsOf("u-a");
      expect(organisations.map((o) => o.id)).toEqual(["o-c", "o-a", "o-b"]);
      expect(organisations[0]).toEqual(disabled);
      expect(await repos.memberships.membersOf("o-b")).toEqual(["u-c", "u-a", "u-b"]);
      expect(await repos.memberships.organisationsOf("nobody")).toEqual([]);
    });
  });
}
