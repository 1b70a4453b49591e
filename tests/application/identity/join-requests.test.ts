import { describe, expect, it } from "vitest";
import {
  identityOnFakes,
  invitedColleague,
  loggedIn,
  loggedInAdmin,
  signedUpActor,
} from "../../support/identity-fakes.ts";

const SIRET = "12345678900001";
const asking = (email = "lea@example.fr") =>
  ({ kind: "company", siret: SIRET, email, firstName: "Léa", lastName: "Petit", phone: "+33612345678" }) as const;

/** A confirmed company (its founder admin, a colleague member) whose SIRET someone else tries. */
async function takenSiret() {
  const fakes = identityOnFakes();
  const founder = await signedUpActor(fakes, 1, { siret: SIRET });
  await invitedColleague(fakes, founder, "collegue@example.fr");
  const sentTo = (to: string) => fakes.store.outbox.rows().filter((row) => row.email.to === to);
  return { fakes, founder, sentTo };
}

describe("join requests (docs/adr/0015)", () => {
  it("emails every admin, and them only, a link to the request; asking again sends nothing more", async () => {
    const { fakes, founder, sentTo } = await takenSiret();
    expect(await fakes.requestToJoin(asking())).toEqual({ ok: true, value: { validityDays: 7 } });
    const [notice] = sentTo(founder.email);
    expect(sentTo(founder.email)).toHaveLength(2); // welcome + join request
    expect(sentTo(founder.email).at(-1)?.email).toMatchObject({
      subject: "Léa Petit demande à rejoindre Boulangerie 1 sur La bonne alternance",
    });
    expect(notice).toBeDefined();
    expect(sentTo("collegue@example.fr").filter((row) => row.email.subject.includes("demande"))).toEqual([]);
    expect(await fakes.requestToJoin(asking())).toEqual({ ok: true, value: { validityDays: 7 } });
    expect(sentTo(founder.email)).toHaveLength(2);
  });

  it("answers the same for a person already member, and sends nothing", async () => {
    const { fakes, founder, sentTo } = await takenSiret();
    expect(await fakes.requestToJoin(asking("collegue@example.fr"))).toEqual({ ok: true, value: { validityDays: 7 } });
    expect(sentTo(founder.email)).toHaveLength(1);
  });

  it("refuses NO_ACCOUNT_TO_JOIN for a SIRET without an active account", async () => {
    const fakes = identityOnFakes();
    expect(await fakes.requestToJoin(asking())).toEqual({
      ok: false,
      error: { code: "NO_ACCOUNT_TO_JOIN", kind: "company", siret: SIRET },
    });
  });

  it("the admin's link shows the request, and accepting makes the requester a member with a login link", async () => {
    const { fakes, founder } = await takenSiret();
    await fakes.requestToJoin(asking());
    const token = fakes.tokenSentTo(founder.email);
    expect(await fakes.previewIdentityLink({ token, purpose: "join_request" })).toEqual({
      ok: true,
      value: {
        purpose: "join_request",
        organisationName: "Boulangerie 1",
        requester: { firstName: "Léa", lastName: "Petit", email: "lea@example.fr", phone: "+33612345678" },
      },
    });
    expect(await fakes.acceptJoinRequest({ token })).toEqual({
      ok: true,
      value: { organisationName: "Boulangerie 1", requesterName: "Léa Petit", email: "lea@example.fr" },
    });
    expect(await fakes.acceptJoinRequest({ token })).toMatchObject({ ok: false, error: { code: "LINK_INVALID" } });
    const welcome = fakes.store.outbox.rows().at(-1);
    expect(welcome?.email).toMatchObject({
      to: "lea@example.fr",
      subject: "Vous avez rejoint Boulangerie 1 sur La bonne alternance",
    });
    const lea = await loggedIn(fakes, "lea@example.fr");
    expect(lea.actor.organisations.map((o) => o.id)).toEqual([founder.organisationId]);
    const members = await fakes.store.memberships.membersOf(founder.organisationId);
    expect(members.find((m) => m.userId === lea.actor.userId)?.role).toBe("member");
  });

  it("a second admin's link stops working once the request is accepted", async () => {
    const { fakes, founder } = await takenSiret();
    const second = await invitedColleague(fakes, founder, "deux@example.fr");
    await fakes.changeMemberRole({
      actor: founder.actor,
      organisationId: founder.organisationId,
      userId: second.actor.userId,
      role: "admin",
    });
    await fakes.requestToJoin(asking());
    const firstToken = fakes.tokenSentTo(founder.email);
    const secondToken = fakes.tokenSentTo("deux@example.fr");
    expect((await fakes.acceptJoinRequest({ token: secondToken })).ok).toBe(true);
    expect(await fakes.acceptJoinRequest({ token: firstToken })).toMatchObject({
      ok: false,
      error: { code: "LINK_INVALID" },
    });
  });

  it("support lists the open requests, oldest first, and no longer those accepted", async () => {
    const { fakes, founder } = await takenSiret();
    const admin = await loggedInAdmin(fakes);
    await fakes.requestToJoin(asking());
    const listed = await fakes.listJoinRequests({ actor: admin, page: 1, pageSize: 50 });
    expect(listed).toMatchObject({
      ok: true,
      value: {
        total: 1,
        items: [{ request: { email: "lea@example.fr" }, organisation: { id: founder.organisationId } }],
      },
    });
    expect(await fakes.listJoinRequests({ actor: founder.actor, page: 1, pageSize: 50 })).toEqual({
      ok: false,
      error: { code: "ADMIN_ONLY" },
    });
    await fakes.acceptJoinRequest({ token: fakes.tokenSentTo(founder.email) });
    expect(await fakes.listJoinRequests({ actor: admin, page: 1, pageSize: 50 })).toMatchObject({
      ok: true,
      value: { total: 0, items: [] },
    });
  });

  it("limits the requests reaching one organisation's admins", async () => {
    const { fakes } = await takenSiret();
    for (let i = 0; i < 10; i++) expect((await fakes.requestToJoin(asking(`p${i}@example.fr`))).ok).toBe(true);
    expect(await fakes.requestToJoin(asking("p10@example.fr"))).toMatchObject({
      ok: false,
      error: { code: "RATE_LIMITED" },
    });
  });
});
