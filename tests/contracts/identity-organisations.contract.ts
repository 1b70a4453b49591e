import { beforeEach, describe, expect, it } from "vitest";
import type { JoinRequest } from "../../src/domain/identity/join-request.ts";
import {
  closeOrganisation,
  confirmSignUp,
  disableOrganisation,
  newSignUp,
  type Organisation,
} from "../../src/domain/identity/organisation.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { anInvitationLink, anOrganisation, at, aUser, T0 } from "../support/identity-builders.ts";
import type { IdentityFactory, IdentityRepositories } from "./identity-people.contract.ts";

const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error("unexpected refusal");
  return result.value;
};

export function identityOrganisationsContract(name: string, factory: IdentityFactory) {
  describe(`Organisations and memberships contract — ${name}`, () => {
    let repos: IdentityRepositories;
    let unitOfWork: Awaited<ReturnType<IdentityFactory>>["unitOfWork"];
    beforeEach(async () => {
      ({ repos, unitOfWork } = await factory());
    });
    const join = (userId: string, organisationId: string, ms = 0) =>
      repos.memberships.add({ userId, organisationId, role: "member", createdAt: at(ms) });

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
      expect(await repos.memberships.membersOf("o1")).toEqual([{ userId: "u1", role: "member", createdAt: T0 }]);
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
      expect((await repos.memberships.membersOf("o-b")).map((m) => m.userId)).toEqual(["u-c", "u-a", "u-b"]);
      expect(await repos.memberships.organisationsOf("nobody")).toEqual([]);
    });

    const aSignUp = (id: string, siret = "73282932000074", expiresAt = at(3_600_000)) =>
      newSignUp({ id, kind: "company", siret, displayName: `Inscription ${id}`, now: T0, expiresAt });

    it("lets pending sign-ups of one SIRET coexist; the first confirmed holds it, the others conflict", async () => {
      await repos.organisations.create(aSignUp("p1"));
      expect(await repos.organisations.create(aSignUp("p2"))).toBe("created");
      expect(await repos.organisations.findHolder("company", "73282932000074")).toBeNull();
      expect(await repos.organisations.findById("p1")).toEqual(aSignUp("p1"));
      expect(await repos.organisations.confirm(must(confirmSignUp(aSignUp("p1"), at(5))), at(5))).toBe("confirmed");
      expect(await repos.organisations.findById("p1")).toMatchObject({ id: "p1", status: "active" });
      expect(await repos.organisations.findHolder("company", "73282932000074")).toMatchObject({ id: "p1" });
      expect(await repos.organisations.confirm(must(confirmSignUp(aSignUp("p2"), at(6))), at(6))).toBe("conflict");
      expect(await repos.organisations.findById("p2")).toMatchObject({ status: "pending" });
      expect(await repos.organisations.confirm(must(confirmSignUp(aSignUp("p1"), at(7))), at(7))).toBe("not_pending");
      expect(await repos.organisations.findForUpdate("p1")).toMatchObject({ id: "p1", status: "active" });
    });

    it("finds expired sign-ups, first expired first, and deletes one with its memberships, links and join requests", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.organisations.create(aSignUp("p-late", "10000000000001", at(2_000)));
      await repos.organisations.create(aSignUp("p-early", "10000000000002", at(1_000)));
      await repos.organisations.create(anOrganisation("o-active", { siret: "10000000000003" }));
      await join("u1", "p-early");
      await repos.identityLinks.save(anInvitationLink("l1", "p-early", "ami@example.fr"));
      await repos.joinRequests.save(aJoinRequest("j1", "p-early"));
      expect((await repos.organisations.findExpiredSignUps(at(1_500), 10)).map((o) => o.id)).toEqual(["p-early"]);
      expect((await repos.organisations.findExpiredSignUps(at(2_000), 10)).map((o) => o.id)).toEqual([
        "p-early",
        "p-late",
      ]);
      expect((await repos.organisations.findExpiredSignUps(at(2_000), 1)).map((o) => o.id)).toEqual(["p-early"]);
      await repos.organisations.deleteSignUp("p-early");
      expect(await repos.organisations.findById("p-early")).toBeNull();
      expect(await repos.memberships.organisationsOf("u1")).toEqual([]);
      expect(await repos.identityLinks.findByTokenHash("hash-l1")).toBeNull();
      expect(await repos.joinRequests.findUnaccepted("p-early", "ami@example.fr" as Email)).toBeNull();
      await repos.organisations.deleteSignUp("o-active");
      expect(await repos.organisations.findById("o-active")).not.toBeNull();
    });

    it("locks an organisation until the transaction ends: a second transaction locking it waits", async () => {
      await repos.organisations.create(anOrganisation("o1"));
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const firstLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const first = unitOfWork.run(async (tx) => {
        await tx.organisations.findForUpdate("o1");
        locked();
        await released;
      });
      await firstLocked;
      let secondLocked = false;
      const second = unitOfWork.run(async (tx) => {
        expect(await tx.organisations.findForUpdate("o1")).toMatchObject({ id: "o1" });
        secondLocked = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(secondLocked).toBe(false);
      release();
      await Promise.all([first, second]);
      expect(secondLocked).toBe(true);
    });

    it("keeps each member's role and changes it", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.users.findOrCreate(aUser("u2"));
      await repos.organisations.create(anOrganisation("o1"));
      await repos.memberships.add({ userId: "u1", organisationId: "o1", role: "admin", createdAt: T0 });
      await join("u2", "o1", 5);
      expect(await repos.memberships.setRole("u2", "o1", "admin")).toBe(true);
      expect(await repos.memberships.setRole("u1", "o1", "member")).toBe(true);
      expect(await repos.memberships.setRole("nobody", "o1", "admin")).toBe(false);
      expect((await repos.memberships.membersOf("o1")).map((m) => [m.userId, m.role])).toEqual([
        ["u1", "member"],
        ["u2", "admin"],
      ]);
      expect((await repos.memberships.membershipsOf("u2")).map((m) => [m.organisation.id, m.role])).toEqual([
        ["o1", "admin"],
      ]);
    });

    it("keeps one unaccepted join request per organisation and email, accepted once, listed while open", async () => {
      await repos.organisations.create(anOrganisation("o1"));
      const request = aJoinRequest("j1", "o1");
      expect(await repos.joinRequests.save(request)).toBe("saved");
      expect(await repos.joinRequests.save(aJoinRequest("j2", "o1"))).toBe("exists");
      expect(await repos.joinRequests.findUnaccepted("o1", request.email)).toEqual(request);
      expect(await repos.joinRequests.listOpen({ now: at(1), page: 1, pageSize: 10 })).toEqual({
        items: [request],
        total: 1,
      });
      expect((await repos.joinRequests.listOpen({ now: request.expiresAt, page: 1, pageSize: 10 })).total).toBe(0);
      expect(await repos.joinRequests.markAccepted("j1", at(2))).toBe(true);
      expect(await repos.joinRequests.markAccepted("j1", at(3))).toBe(false);
      expect(await repos.joinRequests.findUnaccepted("o1", request.email)).toBeNull();
      expect(await repos.joinRequests.save(aJoinRequest("j3", "o1"))).toBe("saved");
      await repos.joinRequests.delete("j3");
      expect(await repos.joinRequests.findUnaccepted("o1", request.email)).toBeNull();
    });
  });
}

function aJoinRequest(id: string, organisationId: string): JoinRequest {
  return {
    id,
    organisationId,
    email: "ami@example.fr" as Email,
    firstName: "Léa",
    lastName: "Petit",
    phone: "+33612345678",
    createdAt: T0,
    expiresAt: at(7 * 86_400_000),
    acceptedAt: null,
  };
}
