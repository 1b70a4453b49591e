import { describe, expect, it } from "vitest";
import { identityOnFakes, invitedColleague, signedUpActor } from "../../support/identity-fakes.ts";

/** docs/adr/0015: admins (the founder first) invite, remove and name admins; members publish and manage offers. */
async function organisationWithColleague() {
  const fakes = identityOnFakes();
  const founder = await signedUpActor(fakes, 1);
  const colleague = await invitedColleague(fakes, founder, "collegue@example.fr");
  const rolesOf = async () =>
    (await fakes.store.memberships.membersOf(founder.organisationId)).map(({ userId, role }) => [userId, role]);
  return { fakes, founder, colleague: colleague.actor, rolesOf };
}

describe("roles in an organisation", () => {
  it("makes the founder admin and an invited colleague a member", async () => {
    const { founder, colleague, rolesOf } = await organisationWithColleague();
    expect(await rolesOf()).toEqual([
      [founder.userId, "admin"],
      [colleague.userId, "member"],
    ]);
  });

  it("refuses a member removing someone else (the founder included), inviting or changing roles", async () => {
    const { fakes, founder, colleague } = await organisationWithColleague();
    const organisationId = founder.organisationId;
    const refused = { ok: false, error: { code: "ORGANISATION_ADMIN_ONLY", organisationId } };
    expect(await fakes.removeMember({ actor: colleague, organisationId, userId: founder.userId })).toEqual(refused);
    expect(await fakes.inviteMember({ actor: colleague, organisationId, email: "autre@example.fr" })).toEqual(refused);
    expect(
      await fakes.changeMemberRole({ actor: colleague, organisationId, userId: colleague.userId, role: "admin" }),
    ).toEqual(refused);
  });

  it("lets a member leave, and an admin remove a member", async () => {
    const { fakes, founder, colleague } = await organisationWithColleague();
    const organisationId = founder.organisationId;
    expect(await fakes.removeMember({ actor: colleague, organisationId, userId: colleague.userId })).toEqual({
      ok: true,
      value: { organisationClosed: false },
    });
    const again = await invitedColleague(fakes, founder, "deux@example.fr");
    expect(
      await fakes.removeMember({ actor: founder.actor, organisationId, userId: again.actor.userId }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("keeps the last admin until they name another, then lets them leave", async () => {
    const { fakes, founder, colleague, rolesOf } = await organisationWithColleague();
    const organisationId = founder.organisationId;
    const leave = () => fakes.removeMember({ actor: founder.actor, organisationId, userId: founder.userId });
    const lastAdmin = { ok: false, error: { code: "LAST_ADMIN", organisationNames: ["Boulangerie 1"] } };
    expect(await leave()).toEqual(lastAdmin);
    expect(
      await fakes.changeMemberRole({ actor: founder.actor, organisationId, userId: founder.userId, role: "member" }),
    ).toEqual(lastAdmin);
    expect(
      await fakes.changeMemberRole({ actor: founder.actor, organisationId, userId: colleague.userId, role: "admin" }),
    ).toEqual({ ok: true, value: { userId: colleague.userId, role: "admin" } });
    expect(await leave()).toEqual({ ok: true, value: { organisationClosed: false } });
    expect(await rolesOf()).toEqual([[colleague.userId, "admin"]]);
  });

  it("refuses the last admin's account deletion while the organisation has other members", async () => {
    const { fakes, founder, colleague } = await organisationWithColleague();
    expect(await fakes.deleteMe({ actor: founder.actor })).toEqual({
      ok: false,
      error: { code: "LAST_ADMIN", organisationNames: ["Boulangerie 1"] },
    });
    expect(fakes.store.tables.users.has(founder.userId)).toBe(true);
    expect(await fakes.deleteMe({ actor: colleague })).toEqual({ ok: true, value: { closedOrganisationIds: [] } });
    expect(await fakes.deleteMe({ actor: founder.actor })).toEqual({
      ok: true,
      value: { closedOrganisationIds: [founder.organisationId] },
    });
  });

  it("answers MEMBER_NOT_FOUND for a role change of a non-member", async () => {
    const { fakes, founder } = await organisationWithColleague();
    const result = await fakes.changeMemberRole({
      actor: founder.actor,
      organisationId: founder.organisationId,
      userId: "personne",
      role: "admin",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "MEMBER_NOT_FOUND" } });
  });
});
