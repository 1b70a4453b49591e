import { describe, expect, it } from "vitest";
import { mayUseAccount } from "../../src/domain/identity/access.ts";
import { type Actor, actingOrganisation, requireAdmin, requireMember } from "../../src/domain/identity/actor.ts";
import { closeOrganisation, disableOrganisation, type Organisation } from "../../src/domain/identity/organisation.ts";
import { checkSession, newSession, revokeSession } from "../../src/domain/identity/session.ts";
import { changeEmail, changeProfile, confirmEmail } from "../../src/domain/identity/user.ts";
import type { Email } from "../../src/domain/shared/email.ts";
import { anOrganisation, at, aUser, T0 } from "../support/identity-builders.ts";

const must = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error("refused");
  return result.value;
};
const active = anOrganisation("o1");
const disabled = must(disableOrganisation(active, at(1)));
const closed = must(closeOrganisation(active, at(1)));

describe("user", () => {
  it.each([
    [{ firstName: "  Léa " }, { firstName: "Léa", lastName: "Martin", phone: "0612345678" }],
    [{ lastName: "" }, { firstName: "Zoé", lastName: null, phone: "0612345678" }],
    [{ phone: "   " }, { firstName: "Zoé", lastName: "Martin", phone: null }],
    [{}, { firstName: "Zoé", lastName: "Martin", phone: "0612345678" }],
  ])("changeProfile(%o) trims and empties to null", (change, expected) => {
    expect(changeProfile(aUser("u1"), change)).toMatchObject(expected);
  });

  it("confirms the email once: the first date stays", () => {
    const confirmed = confirmEmail(aUser("u1"), at(10));
    expect(confirmed.emailConfirmedAt).toEqual(at(10));
    expect(confirmEmail(confirmed, at(20))).toBe(confirmed);
  });

  it("a new address is confirmed when it takes effect", () => {
    expect(changeEmail(aUser("u1"), "neuf@example.fr" as Email, at(5))).toMatchObject({
      email: "neuf@example.fr",
      emailConfirmedAt: at(5),
    });
  });
});

describe("organisation lifecycle", () => {
  it.each([
    ["disable", active, true],
    ["disable", disabled, false],
    ["disable", closed, false],
    ["close", active, true],
    ["close", disabled, false],
    ["close", closed, false],
  ] as const)("%s from %o → allowed %s", (move, organisation, allowed) => {
    const result = (move === "disable" ? disableOrganisation : closeOrganisation)(organisation, at(9));
    expect(result.ok).toBe(allowed);
    if (!result.ok)
      expect(result.error).toEqual({
        code: "ORGANISATION_NOT_ACTIVE",
        organisationId: "o1",
        status: organisation.status,
      });
  });
});

describe("session", () => {
  const session = newSession({ id: "s1", userId: "u1", now: T0, ttlMinutes: 720 });
  it.each([
    ["valid until just before expiry", session, "u1", at(720 * 60_000 - 1), null],
    ["expired at expiry", session, "u1", at(720 * 60_000), "expired"],
    ["revoked", revokeSession(session, at(5)), "u1", at(10), "revoked"],
    ["another user's", session, "u2", at(10), "unknown_session"],
    ["missing", null, "u1", at(10), "unknown_session"],
  ] as const)("%s", (_, stored, userId, now, reason) => {
    const result = checkSession(stored, { userId, now });
    expect(result.ok ? null : result.error.reason).toBe(reason);
  });
});

describe("actor", () => {
  const actor = (organisationIds: string[], requested: string | null = null, isAdmin = false): Actor => ({
    userId: "u1",
    sessionId: "s1",
    email: "u1@example.fr" as Email,
    isAdmin,
    organisations: organisationIds.map((id) => ({ id, kind: "company", displayName: id })),
    requestedOrganisationId: requested,
  });

  it.each([
    ["one organisation, no header", actor(["o1"]), "o1"],
    ["one organisation, its header", actor(["o1"], "o1"), "o1"],
    ["several, the header names one", actor(["o1", "o2"], "o2"), "o2"],
    ["several, no header", actor(["o1", "o2"]), "ORGANISATION_REQUIRED"],
    ["a header naming another organisation", actor(["o1"], "o9"), "NOT_A_MEMBER"],
    ["no organisation", actor([]), "NOT_A_MEMBER"],
  ])("actingOrganisation: %s → %s", (_, who, expected) => {
    const result = actingOrganisation(who);
    expect(result.ok ? result.value.id : result.error.code).toBe(expected);
  });

  it("requireMember and requireAdmin", () => {
    expect(requireMember(actor(["o1"]), "o1").ok).toBe(true);
    expect(requireMember(actor(["o1"], null, true), "o2")).toEqual({
      ok: false,
      error: { code: "NOT_A_MEMBER", organisationId: "o2" },
    });
    expect(requireAdmin(actor([], null, true)).ok).toBe(true);
    expect(requireAdmin(actor(["o1"])).ok).toBe(false);
  });
});

describe("mayUseAccount", () => {
  it.each([
    [[active], false, true],
    [[disabled], false, false],
    [[disabled, active], false, true],
    [[], false, true],
    [[disabled], true, true],
  ] as [Organisation[], boolean, boolean][])("organisations %o, admin %s → %s", (organisations, isAdmin, expected) => {
    expect(mayUseAccount({ organisations, isAdmin })).toBe(expected);
  });
});
