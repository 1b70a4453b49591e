import { describe, expect, it } from "vitest";
import {
  aSignUp,
  type IdentityOnFakes,
  identityOnFakes,
  loggedInAdmin,
  signedUpActor,
} from "../../support/identity-fakes.ts";

describe("requestLoginLink", () => {
  it("does the same work for a known and an unknown address: one rate-limit hit and one queued request", async () => {
    const fakes = identityOnFakes();
    await signedUpActor(fakes, 1);
    const workFor = async (email: string) => {
      fakes.calls.length = 0;
      const answer = await fakes.requestLoginLink({ email });
      return { answer, calls: [...fakes.calls] };
    };
    const known = await workFor("membre1@example.fr");
    const unknown = await workFor("personne@example.fr");
    expect(unknown).toEqual(known);
    expect(known).toEqual({
      answer: { ok: true, value: { validityMinutes: 60 } },
      calls: ["rateLimiter.hit", "loginLinkRequests.add"],
    });
  });

  it("emails a single-use link to a known address from the job, keyed by the link", async () => {
    const fakes = identityOnFakes();
    await fakes.register(aSignUp(1));
    await fakes.requestLoginLink({ email: " Membre1@Example.fr " });
    expect(fakes.store.outbox.rows()).toHaveLength(1); // only the welcome email so far
    expect(await fakes.sendLoginLinks()).toEqual({ requests: 1, sent: 1 });
    const last = fakes.store.outbox.rows().at(-1);
    expect(last?.idempotencyKey).toBe("login-link/id-5");
    expect(last?.email.subject).toBe("Votre lien de connexion à La bonne alternance");
    expect(fakes.store.tables.links.get("id-5")).toMatchObject({ purpose: "login", userId: "id-2" });
    expect(fakes.store.tables.loginLinkRequests).toEqual([]);
  });

  it("sends nothing to an unknown address, and writes no link", async () => {
    const fakes = identityOnFakes();
    const result = await fakes.requestLoginLink({ email: "personne@example.fr" });
    expect(result).toEqual({ ok: true, value: { validityMinutes: 60 } });
    expect(await fakes.sendLoginLinks()).toEqual({ requests: 1, sent: 0 });
    expect(fakes.store.outbox.rows()).toEqual([]);
    expect(fakes.store.tables.links.size).toBe(0);
  });

  it("sends nothing to a person whose organisations are all disabled", async () => {
    const fakes = identityOnFakes();
    const { organisationId } = await signedUpActor(fakes, 1);
    const admin = await loggedInAdmin(fakes);
    await fakes.disableOrganisation({ actor: admin, organisationId });
    const before = fakes.store.outbox.rows().length;
    await fakes.requestLoginLink({ email: "membre1@example.fr" });
    await fakes.sendLoginLinks();
    expect(fakes.store.outbox.rows().length).toBe(before);
  });

  it("limits per typed email, known or not, with the seconds to wait (per address: the public-write guard)", async () => {
    const fakes = identityOnFakes();
    for (let i = 0; i < 5; i++) expect((await fakes.requestLoginLink({ email: "a@example.fr" })).ok).toBe(true);
    const refused = await fakes.requestLoginLink({ email: "A@example.fr" });
    expect(refused).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    if (!refused.ok && refused.error.code === "RATE_LIMITED")
      expect(refused.error.retryAfterSeconds).toBeGreaterThan(890);
    expect((await fakes.requestLoginLink({ email: "b@example.fr" })).ok).toBe(true);
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
