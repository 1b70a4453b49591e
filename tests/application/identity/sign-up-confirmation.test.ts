import { describe, expect, it } from "vitest";
import { aSignUp, identityOnFakes, loggedIn, loggedInAdmin, signedUpActor } from "../../support/identity-fakes.ts";

const SIRET = "12345678900001";
const HOUR = 3_600_000;

describe("sign-up confirmation (docs/adr/0015)", () => {
  it("a sign-up nobody confirmed holds no SIRET: another sign-up for it succeeds", async () => {
    const fakes = identityOnFakes();
    expect((await fakes.register(aSignUp(1, { siret: SIRET, email: "squatteur@example.fr" }))).ok).toBe(true);
    const owner = await fakes.register(aSignUp(2, { siret: SIRET, email: "gerante@example.fr" }));
    expect(owner).toMatchObject({ ok: true });
  });

  it("the first founder to use the login link takes the SIRET; a later one's sign-up is dropped", async () => {
    const fakes = identityOnFakes();
    const first = await fakes.register(aSignUp(1, { siret: SIRET, email: "premiere@example.fr" }));
    const second = await fakes.register(aSignUp(2, { siret: SIRET, email: "seconde@example.fr" }));
    if (!first.ok || !second.ok) throw new Error("sign-up refused");
    const winner = await fakes.openSession({ token: fakes.tokenSentTo("premiere@example.fr") });
    expect(winner).toMatchObject({
      ok: true,
      value: { confirmedSignUps: [first.value.organisationId], lostSignUps: [] },
    });
    expect(fakes.store.tables.organisations.get(first.value.organisationId)?.status).toBe("active");
    const loser = await fakes.openSession({ token: fakes.tokenSentTo("seconde@example.fr") });
    expect(loser).toMatchObject({
      ok: true,
      value: { confirmedSignUps: [], lostSignUps: [{ kind: "company", siret: SIRET, displayName: "Boulangerie 2" }] },
    });
    expect(fakes.store.tables.organisations.has(second.value.organisationId)).toBe(false);
    expect(await fakes.register(aSignUp(3, { siret: SIRET }))).toEqual({
      ok: false,
      error: { code: "ACCOUNT_EXISTS", kind: "company", siret: SIRET, joinable: true },
    });
  });

  it("a pending sign-up is not an account yet: its founder may still log in, and GET /me leaves it out", async () => {
    const fakes = identityOnFakes();
    const { actor } = await signedUpActor(fakes, 1);
    await fakes.register(aSignUp(2, { siret: "98765432100002", email: "membre1@example.fr" }));
    const me = await fakes.getMe({ actor });
    expect(me.ok && me.value.organisations.map(({ organisation }) => organisation.displayName)).toEqual([
      "Boulangerie 1",
    ]);
    const again = await loggedIn(fakes, "membre1@example.fr");
    expect(again.session.confirmedSignUps).toHaveLength(1); // the second sign-up, confirmed by this login
  });

  it("expires with its link: the purge job deletes it and its never-confirmed founder, and the link is dead", async () => {
    const fakes = identityOnFakes();
    const signUp = await fakes.register(aSignUp(1, { siret: SIRET, email: "victime@example.fr" }));
    if (!signUp.ok) throw new Error("sign-up refused");
    const token = fakes.tokenSentTo("victime@example.fr");
    expect(await fakes.purgeExpiredSignUps()).toEqual({ signUps: 0, people: 0 });
    fakes.clock.advance(HOUR);
    expect(await fakes.purgeExpiredSignUps()).toEqual({ signUps: 1, people: 1 });
    expect(fakes.store.tables.organisations.has(signUp.value.organisationId)).toBe(false);
    expect(fakes.store.tables.users.has(signUp.value.userId)).toBe(false);
    expect(await fakes.openSession({ token })).toMatchObject({ ok: false, error: { code: "LINK_INVALID" } });
  });

  it("the purge keeps a founder who has an account in use elsewhere", async () => {
    const fakes = identityOnFakes();
    const { userId } = await signedUpActor(fakes, 1);
    await fakes.register(aSignUp(2, { siret: "98765432100002", email: "membre1@example.fr" }));
    fakes.clock.advance(HOUR);
    expect(await fakes.purgeExpiredSignUps()).toEqual({ signUps: 1, people: 0 });
    expect(fakes.store.tables.users.has(userId)).toBe(true);
  });

  it("a SIRET whose account support disabled stays taken, and cannot be joined", async () => {
    const fakes = identityOnFakes();
    const { organisationId } = await signedUpActor(fakes, 1, { siret: SIRET });
    await fakes.disableOrganisation({ actor: await loggedInAdmin(fakes), organisationId });
    expect(await fakes.register(aSignUp(2, { siret: SIRET }))).toMatchObject({
      ok: false,
      error: { code: "ACCOUNT_EXISTS", joinable: false },
    });
  });
});
