import { describe, expect, it } from "vitest";
import { identityOnFakes, signedUpActor } from "../../support/identity-fakes.ts";

describe("getMe and updateMe", () => {
  it("changes names and phone at once and keeps the email until the new one is confirmed", async () => {
    const fakes = identityOnFakes();
    const { actor, userId } = await signedUpActor(fakes, 1);
    const result = await fakes.updateMe({ actor, change: { lastName: "Durand", email: "Neuf@Example.fr" } });
    expect(result).toEqual({
      ok: true,
      value: {
        user: expect.objectContaining({ lastName: "Durand", email: "membre1@example.fr" }),
        pendingEmail: "neuf@example.fr",
      },
    });
    const sent = fakes.store.outbox.rows().at(-1);
    expect(sent?.email.to).toBe("neuf@example.fr");
    expect(sent?.idempotencyKey).toMatch(/^email-change\/id-\d+$/);
    expect(fakes.store.tables.users.get(userId)?.email).toBe("membre1@example.fr");

    const token = fakes.tokenSentTo("neuf@example.fr");
    expect(await fakes.previewIdentityLink({ token, purpose: "email_confirmation" })).toEqual({
      ok: true,
      value: { purpose: "email_confirmation", newEmail: "neuf@example.fr" },
    });
    expect(await fakes.confirmEmailChange({ token })).toEqual({ ok: true, value: { email: "neuf@example.fr" } });
    const me = await fakes.getMe({ actor });
    expect(me.ok && me.value.user.email).toBe("neuf@example.fr");
    expect(await fakes.confirmEmailChange({ token })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "used" },
    });
  });

  it("sends nothing when the email is unchanged, and refuses a malformed one", async () => {
    const fakes = identityOnFakes();
    const { actor } = await signedUpActor(fakes, 1);
    const before = fakes.store.outbox.rows().length;
    const same = await fakes.updateMe({ actor, change: { email: "MEMBRE1@example.fr" } });
    expect(same.ok && same.value.pendingEmail).toBeNull();
    expect(fakes.store.outbox.rows().length).toBe(before);
    expect(await fakes.updateMe({ actor, change: { email: "nope" } })).toMatchObject({
      ok: false,
      error: { code: "EMAIL_MALFORMED" },
    });
  });

  it("refuses EMAIL_TAKEN at confirmation when another account has the address, leaving the link usable", async () => {
    const fakes = identityOnFakes();
    const { actor } = await signedUpActor(fakes, 1);
    await fakes.updateMe({ actor, change: { email: "membre2@example.fr" } });
    const token = fakes.tokenSentTo("membre2@example.fr");
    await signedUpActor(fakes, 2);
    expect(await fakes.confirmEmailChange({ token })).toEqual({
      ok: false,
      error: { code: "EMAIL_TAKEN", email: "membre2@example.fr" },
    });
    expect([...fakes.store.tables.links.values()].find((l) => l.purpose === "email_confirmation")?.usedAt).toBeNull();
  });
});

describe("deleteMe", () => {
  it("removes the person and closes the organisations they were the last member of, telling other contexts", async () => {
    const fakes = identityOnFakes();
    const { actor, organisationId, userId } = await signedUpActor(fakes, 1);
    expect(await fakes.deleteMe({ actor })).toEqual({ ok: true, value: { closedOrganisationIds: [organisationId] } });
    expect(fakes.store.tables.users.has(userId)).toBe(false);
    expect(fakes.store.tables.organisations.get(organisationId)).toMatchObject({
      status: "closed",
      closedAt: fakes.clock.now(),
    });
    expect(fakes.store.organisationLifecycle.events()).toEqual([
      { organisationId, kind: "company", reason: "last_member_left", at: fakes.clock.now() },
    ]);
  });
});

describe("invitations and members", () => {
  it("invites a new colleague, whose acceptance creates a confirmed account and the membership", async () => {
    const fakes = identityOnFakes();
    const { actor, organisationId } = await signedUpActor(fakes, 1);
    const sent = await fakes.inviteMember({ actor, organisationId, email: "Collegue@Example.fr" });
    expect(sent).toEqual({
      ok: true,
      value: { id: expect.any(String), email: "collegue@example.fr", expiresAt: new Date("2026-11-09T08:00:00Z") },
    });
    const message = fakes.store.outbox.rows().at(-1);
    expect(message?.idempotencyKey).toBe(`invitation/${sent.ok && sent.value.id}`);
    expect(message?.email.text).toContain("Zoé Martin vous invite à rejoindre l’espace de Boulangerie 1");
    const token = fakes.tokenSentTo("collegue@example.fr");
    const accepted = await fakes.acceptInvitation({ token });
    expect(accepted).toEqual({
      ok: true,
      value: { organisationName: "Boulangerie 1", email: "collegue@example.fr", accountCreated: true },
    });
    const colleague = await fakes.store.users.findByEmail("collegue@example.fr" as never);
    expect(colleague?.emailConfirmedAt).toEqual(fakes.clock.now());
    expect(await fakes.store.memberships.membersOf(organisationId)).toHaveLength(2);
    expect((await fakes.acceptInvitation({ token })).ok).toBe(false);
  });

  it.each([
    ["a non-member", "NOT_A_MEMBER"],
    ["an existing member", "ALREADY_MEMBER"],
  ])("refuses to invite as %s (%s)", async (who, code) => {
    const fakes = identityOnFakes();
    const host = await signedUpActor(fakes, 1);
    const other = await signedUpActor(fakes, 2);
    const actor = who === "a non-member" ? other.actor : host.actor;
    const result = await fakes.inviteMember({
      actor,
      organisationId: host.organisationId,
      email: "membre1@example.fr",
    });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it("an invitation to an organisation disabled since then has no effect", async () => {
    const fakes = identityOnFakes();
    const { actor, organisationId } = await signedUpActor(fakes, 1);
    await fakes.inviteMember({ actor, organisationId, email: "collegue@example.fr" });
    const organisation = fakes.store.tables.organisations.get(organisationId);
    if (organisation)
      fakes.store.tables.organisations.set(organisationId, {
        ...organisation,
        status: "disabled",
        disabledAt: fakes.clock.now(),
      });
    const result = await fakes.acceptInvitation({ token: fakes.tokenSentTo("collegue@example.fr") });
    expect(result).toMatchObject({ ok: false, error: { code: "ORGANISATION_NOT_ACTIVE", status: "disabled" } });
  });

  it("removes a member; the last one leaving closes the organisation", async () => {
    const fakes = identityOnFakes();
    const { actor, organisationId, userId } = await signedUpActor(fakes, 1);
    const stranger = await fakes.removeMember({ actor, organisationId, userId: "someone" });
    expect(stranger).toMatchObject({ ok: false, error: { code: "MEMBER_NOT_FOUND" } });
    expect(await fakes.removeMember({ actor, organisationId, userId })).toEqual({
      ok: true,
      value: { organisationClosed: true },
    });
    expect(fakes.store.organisationLifecycle.events()).toHaveLength(1);
  });
});
