import { describe, expect, it } from "vitest";
import {
  aSignUp,
  type IdentityOnFakes,
  identityOnFakes,
  loggedInAdmin,
  signedUpActor,
} from "../../support/identity-fakes.ts";

describe("requestLoginLink", () => {
  it("emails a single-use link to a known address, keyed by the link", async () => {
    const fakes = identityOnFakes();
    await fakes.register(aSignUp(1));
    const result = await fakes.requestLoginLink({ email: " Membre1@Example.fr ", clientAddress: "192.0.2.1" });
    expect(result).toEqual({ ok: true, value: { validityMinutes: 60 } });
    const last = fakes.store.outbox.rows().at(-1);
    expect(last?.idempotencyKey).toBe("login-link/id-4");
    expect(last?.email.subject).toBe("Votre lien de connexion à La bonne alternance");
    expect(fakes.store.tables.links.get("id-4")).toMatchObject({ purpose: "login", userId: "id-2" });
  });

  it("answers the same for an unknown address and writes nothing", async () => {
    const fakes = identityOnFakes();
    const result = await fakes.requestLoginLink({ email: "personne@example.fr", clientAddress: null });
    expect(result).toEqual({ ok: true, value: { validityMinutes: 60 } });
    expect(fakes.store.outbox.rows()).toEqual([]);
    expect(fakes.store.tables.links.size).toBe(0);
  });

  it("sends nothing to a person whose organisations are all disabled", async () => {
    const fakes = identityOnFakes();
    const { organisationId } = await signedUpActor(fakes, 1);
    const admin = await loggedInAdmin(fakes);
    await fakes.disableOrganisation({ actor: admin, organisationId });
    const before = fakes.store.outbox.rows().length;
    await fakes.requestLoginLink({ email: "membre1@example.fr", clientAddress: null });
    expect(fakes.store.outbox.rows().length).toBe(before);
  });

  it("limits per address, then per email, with the seconds to wait", async () => {
    const fakes = identityOnFakes();
    const ask = (email: string, clientAddress: string) => fakes.requestLoginLink({ email, clientAddress });
    for (let i = 0; i < 5; i++) expect((await ask("a@example.fr", "192.0.2.1")).ok).toBe(true);
    expect(await ask("a@example.fr", "192.0.2.2")).toEqual({
      ok: false,
      error: { code: "RATE_LIMITED", retryAfterSeconds: 900 },
    });
    for (let i = 0; i < 15; i++) await ask(`b${i}@example.fr`, "192.0.2.1");
    fakes.clock.advance(30_000);
    expect(await ask("c@example.fr", "192.0.2.1")).toEqual({
      ok: false,
      error: { code: "RATE_LIMITED", retryAfterSeconds: 30 },
    });
  });
});

describe("openSession", () => {
  it("marks the link used, confirms the email and opens a 12-hour session", async () => {
    const fakes = identityOnFakes();
    await fakes.register(aSignUp(1));
    const result = await fakes.openSession({ token: fakes.tokenSentTo("membre1@example.fr") });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ expiresAt: new Date("2026-11-02T20:00:00Z"), isAdmin: false }),
    });
    expect(fakes.store.tables.links.get("id-3")?.usedAt).toEqual(fakes.clock.now());
    expect(fakes.store.tables.users.get("id-2")?.emailConfirmedAt).toEqual(fakes.clock.now());
    expect(fakes.store.tables.sessions.get("id-4")).toMatchObject({ userId: "id-2", revokedAt: null });
  });

  it.each([
    ["used", async (f: IdentityOnFakes, token: string) => void (await f.openSession({ token }))],
    ["expired", async (f: IdentityOnFakes) => f.clock.advance(60 * 60_000)],
  ])("refuses a %s link with LINK_INVALID", async (reason, before) => {
    const fakes = identityOnFakes();
    await fakes.register(aSignUp(1));
    const token = fakes.tokenSentTo("membre1@example.fr");
    await before(fakes, token);
    expect(await fakes.openSession({ token })).toEqual({ ok: false, error: { code: "LINK_INVALID", reason } });
  });

  it("refuses a link of another purpose", async () => {
    const fakes = identityOnFakes();
    const { actor } = await signedUpActor(fakes, 1);
    await fakes.updateMe({ actor, change: { email: "neuf@example.fr" } });
    const result = await fakes.openSession({ token: fakes.tokenSentTo("neuf@example.fr") });
    expect(result).toEqual({ ok: false, error: { code: "LINK_INVALID", reason: "wrong_purpose" } });
  });
});

describe("authenticate and closeSession", () => {
  it("resolves the actor with its active organisations and the header it sent", async () => {
    const fakes = identityOnFakes();
    const { accessToken, organisationId, userId } = await signedUpActor(fakes, 1);
    const actor = await fakes.authenticate({ accessToken, organisationId: "o-x" });
    expect(actor).toEqual({
      ok: true,
      value: {
        userId,
        sessionId: "id-4",
        email: "membre1@example.fr",
        isAdmin: false,
        organisations: [{ id: organisationId, kind: "company", displayName: "Boulangerie 1" }],
        requestedOrganisationId: "o-x",
      },
    });
  });

  type Signed = Awaited<ReturnType<typeof signedUpActor>>;
  type Act = (fakes: IdentityOnFakes, signed: Signed) => Promise<unknown>;
  const logout: Act = (f, s) => f.closeSession({ actor: s.actor });
  const twelveHoursLater: Act = async (f) => f.clock.advance(12 * 3_600_000);
  const deleteAccount: Act = (f, s) => f.deleteMe({ actor: s.actor });
  it.each([
    ["a session closed at logout", logout, "revoked"],
    ["a token 12 hours old", twelveHoursLater, "invalid_token"],
    ["a deleted person's token", deleteAccount, "unknown_session"],
  ] as const)("refuses %s", async (_, act, reason) => {
    const fakes = identityOnFakes();
    const signed = await signedUpActor(fakes, 1);
    await act(fakes, signed);
    const result = await fakes.authenticate({ accessToken: signed.accessToken });
    expect(result).toEqual({ ok: false, error: { code: "UNAUTHENTICATED", reason } });
  });

  it("refuses a tampered token", async () => {
    const fakes = identityOnFakes();
    const { accessToken } = await signedUpActor(fakes, 1);
    const tampered = await fakes.authenticate({ accessToken: `${accessToken.slice(0, -2)}xx` });
    expect(tampered).toEqual({ ok: false, error: { code: "UNAUTHENTICATED", reason: "invalid_token" } });
  });
});
