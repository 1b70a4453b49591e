import { describe, expect, it } from "vitest";
import { registerInTransaction } from "../../../src/application/identity/index.ts";
import { hashLinkToken } from "../../../src/application/shared/link-tokens.ts";
import { aSignUp, identityOnFakes, signedUpActor, testSettings } from "../../support/identity-fakes.ts";

describe("registerOrganisationWithFirstMember", () => {
  it("writes the organisation, the person, the membership, a login link and the welcome email together", async () => {
    const fakes = identityOnFakes();
    const result = await fakes.register(aSignUp(1));
    expect(result).toEqual({ ok: true, value: { organisationId: "id-1", userId: "id-2", userCreated: true } });
    const { tables } = fakes.store;
    // docs/adr/0015: pending until the welcome link is used, at the latest when that link expires.
    expect(tables.organisations.get("id-1")).toMatchObject({
      kind: "company",
      siret: "12345678900001",
      status: "pending",
      signUpExpiresAt: new Date("2026-11-02T09:00:00Z"),
    });
    expect(tables.users.get("id-2")).toMatchObject({
      email: "membre1@example.fr",
      phone: "0612345678",
      emailConfirmedAt: null,
    });
    expect(tables.memberships).toEqual([
      { userId: "id-2", organisationId: "id-1", role: "admin", createdAt: fakes.clock.now() },
    ]);
    const token = fakes.tokenSentTo("membre1@example.fr");
    expect(tables.links.get("id-3")).toEqual({
      id: "id-3",
      purpose: "login",
      userId: "id-2",
      tokenHash: await hashLinkToken(token),
      createdAt: fakes.clock.now(),
      expiresAt: new Date("2026-11-02T09:00:00Z"),
      usedAt: null,
    });
    const [message] = fakes.store.outbox.rows();
    expect(message?.idempotencyKey).toBe("welcome/id-3");
    expect(message?.email).toMatchObject({
      to: "membre1@example.fr",
      subject: "Bienvenue sur La bonne alternance : accédez à votre espace",
    });
    expect(message?.email.text).toContain(`https://lba.test/connexion/${token}`);
  });

  it("reuses a person who already has that email, unchanged", async () => {
    const fakes = identityOnFakes();
    await fakes.register(aSignUp(1));
    const second = await fakes.register({
      ...aSignUp(2, { email: "membre1@example.fr" }),
      member: { ...aSignUp(2).member, email: aSignUp(1).member.email, firstName: "Autre" },
    });
    expect(second).toEqual({ ok: true, value: expect.objectContaining({ userId: "id-2", userCreated: false }) });
    expect(fakes.store.tables.users.get("id-2")?.firstName).toBe("Zoé");
    expect(fakes.store.tables.memberships.map((m) => m.organisationId)).toEqual(["id-1", "id-4"]);
  });

  it("refuses ACCOUNT_EXISTS for a confirmed open organisation of the same kind and SIRET, writing nothing", async () => {
    const fakes = identityOnFakes();
    await signedUpActor(fakes, 1);
    const before = { users: fakes.store.tables.users.size, outbox: fakes.store.outbox.rows().length };
    const result = await fakes.register(aSignUp(2, { siret: "12345678900001" }));
    expect(result).toEqual({
      ok: false,
      error: { code: "ACCOUNT_EXISTS", kind: "company", siret: "12345678900001", joinable: true },
    });
    expect({ users: fakes.store.tables.users.size, outbox: fakes.store.outbox.rows().length }).toEqual(before);
  });

  it("lets a sign-up add its own writes to the same transaction, and roll everything back", async () => {
    const fakes = identityOnFakes();
    const deps = {
      clock: fakes.clock,
      ids: { next: () => "x" },
      secrets: { randomBytes: (n: number) => new Uint8Array(n) },
      settings: testSettings,
    };
    const failing = fakes.store.unitOfWork.run(async (repos) => {
      await registerInTransaction(deps, repos, aSignUp(1));
      throw new Error("the establishment row failed");
    });
    await expect(failing).rejects.toThrow("the establishment row failed");
    expect(fakes.store.tables.organisations.size).toBe(0);
    expect(fakes.store.outbox.rows()).toEqual([]);
  });
});
