import { describe, expect, it } from "vitest";
import { identityFixtures } from "../../../src/application/identity/index.ts";
import { ADMIN, identityOnFakes, loggedInAdmin, signedUpActor, testSettings } from "../../support/identity-fakes.ts";

describe("support (administrators)", () => {
  it("creates the configured administrators once, at start-up", async () => {
    const fakes = identityOnFakes();
    expect(await fakes.ensureAdminUsers()).toEqual({ created: 1 });
    expect(await fakes.ensureAdminUsers()).toEqual({ created: 0 });
    expect(await identityFixtures(testSettings)()).toEqual({ adminEmail: ADMIN });
  });

  it("lists organisations for administrators only", async () => {
    const fakes = identityOnFakes();
    const member = await signedUpActor(fakes, 1);
    const admin = await loggedInAdmin(fakes);
    expect(admin.isAdmin).toBe(true);
    expect(await fakes.listOrganisations({ actor: member.actor, page: 1, pageSize: 50 })).toEqual({
      ok: false,
      error: { code: "ADMIN_ONLY" },
    });
    const page = await fakes.listOrganisations({ actor: admin, page: 1, pageSize: 50 });
    expect(page).toMatchObject({ ok: true, value: { page: 1, pageSize: 50, total: 1, items: [{ memberCount: 1 }] } });
  });

  it("disables an organisation: members locked out, told by email, other contexts told", async () => {
    const fakes = identityOnFakes();
    const member = await signedUpActor(fakes, 1);
    const admin = await loggedInAdmin(fakes);
    const result = await fakes.disableOrganisation({ actor: admin, organisationId: member.organisationId });
    expect(result).toMatchObject({ ok: true, value: { status: "disabled", disabledAt: fakes.clock.now() } });
    expect(fakes.store.organisationLifecycle.events()).toEqual([
      { organisationId: member.organisationId, kind: "company", reason: "disabled_by_support", at: fakes.clock.now() },
    ]);
    const message = fakes.store.outbox.rows().at(-1);
    expect(message?.idempotencyKey).toBe(`organisation-disabled/${member.organisationId}/${member.userId}`);
    expect(message?.email.subject).toBe("Le compte « Boulangerie 1 » a été désactivé");
    expect(await fakes.authenticate({ accessToken: member.accessToken })).toMatchObject({
      ok: false,
      error: { reason: "disabled" },
    });
    expect(
      await fakes.disableOrganisation({ actor: member.actor, organisationId: member.organisationId }),
    ).toMatchObject({
      ok: false,
      error: { code: "ADMIN_ONLY" },
    });
  });

  it("refuses to open a session for a person whose organisations are all disabled", async () => {
    const fakes = identityOnFakes();
    const member = await signedUpActor(fakes, 1);
    await fakes.inviteMember({
      actor: member.actor,
      organisationId: member.organisationId,
      email: "collegue@example.fr",
    });
    await fakes.acceptInvitation({ token: fakes.tokenSentTo("collegue@example.fr") });
    await fakes.requestLoginLink({ email: "collegue@example.fr" });
    await fakes.sendLoginLinks();
    const token = fakes.tokenSentTo("collegue@example.fr");
    await fakes.disableOrganisation({ actor: await loggedInAdmin(fakes), organisationId: member.organisationId });
    expect(await fakes.openSession({ token })).toEqual({ ok: false, error: { code: "ACCOUNT_DISABLED" } });
  });
});
