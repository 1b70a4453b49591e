import { beforeEach, describe, expect, it } from "vitest";
import type { IdentityRepos } from "../../src/application/identity/index.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import {
  aLoginLink,
  anEmailChangeLink,
  anInvitationLink,
  anOrganisation,
  aSession,
  at,
  aUser,
  T0,
} from "../support/identity-builders.ts";

export type IdentityRepositories = Omit<IdentityRepos, "outbox" | "organisationLifecycle">;

/** Empty identity tables, and a UnitOfWork whose repositories are bound to each transaction. */
export type IdentityFactory = () => Promise<{
  repos: IdentityRepositories;
  unitOfWork: UnitOfWork<IdentityRepositories>;
}>;

export function identityPeopleContract(name: string, factory: IdentityFactory) {
  describe(`Users, sessions and links contract — ${name}`, () => {
    let repos: IdentityRepositories;
    let unitOfWork: UnitOfWork<IdentityRepositories>;
    beforeEach(async () => {
      ({ repos, unitOfWork } = await factory());
    });

    it("creates a person once per email and finds them by id and email", async () => {
      const zoe = aUser("u1", { emailConfirmedAt: at(5) });
      expect(await repos.users.findOrCreate(zoe)).toEqual({ user: zoe, created: true });
      expect(await repos.users.findOrCreate(aUser("u2", { email: zoe.email, firstName: "Autre" }))).toEqual({
        user: zoe,
        created: false,
      });
      expect(await repos.users.findById("u1")).toEqual(zoe);
      expect(await repos.users.findByEmail(zoe.email)).toEqual(zoe);
      expect(await repos.users.findById("u2")).toBeNull();
      expect(await repos.users.findByEmail("personne@example.fr" as Email)).toBeNull();
    });

    it("keeps null names and phone", async () => {
      const bare = aUser("u1", { firstName: null, lastName: null, phone: null });
      await repos.users.findOrCreate(bare);
      expect(await repos.users.findById("u1")).toEqual(bare);
    });

    it("updates a person, refusing an email another person has", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.users.findOrCreate(aUser("u2"));
      const renamed = {
        ...aUser("u1"),
        lastName: "Durand",
        email: "neuf@example.fr" as Email,
        emailConfirmedAt: at(1),
      };
      expect(await repos.users.update(renamed)).toBe("updated");
      expect(await repos.users.findById("u1")).toEqual({ ...renamed, version: 2 });
      const taking = { ...renamed, version: 2, email: "u2@example.fr" as Email };
      expect(await repos.users.update(taking)).toBe("email_taken");
      expect((await repos.users.findById("u1"))?.email).toBe("neuf@example.fr");
    });

    it("deletes a person with their memberships, sessions and own links, not the invitations to their address", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.organisations.create(anOrganisation("o1"));
      await repos.memberships.add({ userId: "u1", organisationId: "o1", role: "admin", createdAt: T0 });
      await repos.sessions.create(aSession("s1", "u1"));
      await repos.identityLinks.save(aLoginLink("l1", "u1"));
      await repos.identityLinks.save(anEmailChangeLink("l2", "u1", "neuf@example.fr"));
      await repos.identityLinks.save(anInvitationLink("l3", "o1", "u1@example.fr"));
      await repos.users.delete("u1");
      expect(await repos.users.findById("u1")).toBeNull();
      expect(await repos.memberships.membersOf("o1")).toEqual([]);
      expect(await repos.sessions.findById("s1")).toBeNull();
      expect(await repos.identityLinks.findByTokenHash("hash-l1")).toBeNull();
      expect(await repos.identityLinks.findByTokenHash("hash-l2")).toBeNull();
      expect(await repos.identityLinks.findByTokenHash("hash-l3")).not.toBeNull();
    });

    it("gives back each kind of link by its token hash, field for field", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.organisations.create(anOrganisation("o1"));
      const links = [
        aLoginLink("l1", "u1"),
        anEmailChangeLink("l2", "u1", "neuf@example.fr"),
        anInvitationLink("l3", "o1", "x@example.fr"),
      ];
      for (const link of links) await repos.identityLinks.save(link);
      for (const link of links) expect(await repos.identityLinks.findByTokenHash(link.tokenHash)).toEqual(link);
      expect(await repos.identityLinks.findByTokenHash("hash-unknown")).toBeNull();
    });

    it("marks a link used once only", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      await repos.identityLinks.save(aLoginLink("l1", "u1"));
      expect(await repos.identityLinks.markUsed("l1", at(10))).toBe(true);
      expect(await repos.identityLinks.markUsed("l1", at(20))).toBe(false);
      expect((await repos.identityLinks.findByTokenHash("hash-l1"))?.usedAt).toEqual(at(10));
      expect(await repos.identityLinks.markUsed("unknown", at(20))).toBe(false);
    });

    it("stores sessions and keeps the first revocation time", async () => {
      await repos.users.findOrCreate(aUser("u1"));
      const session = aSession("s1", "u1");
      await repos.sessions.create(session);
      expect(await repos.sessions.findById("s1")).toEqual(session);
      await repos.sessions.revoke("s1", at(100));
      await repos.sessions.revoke("s1", at(200));
      expect(await repos.sessions.findById("s1")).toEqual({ ...session, revokedAt: at(100) });
      expect(await repos.sessions.findById("s2")).toBeNull();
    });

    it("queues login-link requests, taken oldest first; a rolled-back take puts them back", async () => {
      const request = (id: string, ms: number) => ({ id, email: `${id}@example.fr` as Email, requestedAt: at(ms) });
      await repos.loginLinkRequests.add(request("r2", 10));
      await repos.loginLinkRequests.add(request("r1", 0));
      await repos.loginLinkRequests.add(request("r3", 20));
      const failing = unitOfWork.run(async (tx) => {
        expect((await tx.loginLinkRequests.take(2)).map((r) => r.id)).toEqual(["r1", "r2"]);
        throw new Error("the sending failed");
      });
      await expect(failing).rejects.toThrow("the sending failed");
      expect(await unitOfWork.run((tx) => tx.loginLinkRequests.take(2))).toEqual([request("r1", 0), request("r2", 10)]);
      expect((await unitOfWork.run((tx) => tx.loginLinkRequests.take(5))).map((r) => r.id)).toEqual(["r3"]);
      expect(await unitOfWork.run((tx) => tx.loginLinkRequests.take(5))).toEqual([]);
    });

    it("keeps nothing of a unit of work that throws", async () => {
      const failing = unitOfWork.run(async (tx) => {
        await tx.users.findOrCreate(aUser("u1"));
        await tx.organisations.create(anOrganisation("o1"));
        await tx.memberships.add({ userId: "u1", organisationId: "o1", role: "admin", createdAt: T0 });
        throw new Error("the change failed");
      });
      await expect(failing).rejects.toThrow("the change failed");
      expect(await repos.users.findById("u1")).toBeNull();
      expect(await repos.organisations.findById("o1")).toBeNull();
    });
  });
}
