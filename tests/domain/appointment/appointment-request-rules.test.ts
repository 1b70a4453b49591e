import { describe, expect, it } from "vitest";
import { checkNotAnswered, draftAnswer } from "../../../src/domain/appointment/answer.ts";
import { checkDuplicate } from "../../../src/domain/appointment/duplicate-rule.ts";
import { draftAppointmentRequest } from "../../../src/domain/appointment/request.ts";
import { median, responseRate } from "../../../src/domain/appointment/stats.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";

const applicant = {
  firstName: " Léa ",
  lastName: "Martin",
  email: "lea@example.fr" as Email,
  phone: "+33612345678" as PhoneNumber,
  type: "student" as const,
};
const input = { trainingId: "t1", platform: "lba" as const, applicant, reasons: ["frais"], message: "  " };

describe("an appointment request", () => {
  it("is trimmed, and a blank message is none", () => {
    const draft = draftAppointmentRequest(input);
    expect(draft).toEqual({
      ok: true,
      value: {
        trainingId: "t1",
        platform: "lba",
        applicant: { ...applicant, firstName: "Léa" },
        reasons: ["frais"],
        message: null,
      },
    });
  });

  it.each([
    ["no reason", { reasons: [] }, "reasons", "required"],
    ["an unknown reason", { reasons: ["frais", "cantine"] }, "reasons", "unknown"],
    ["a reason twice", { reasons: ["frais", "frais"] }, "reasons", "duplicate"],
    ["a message over 2,000 characters", { message: "a".repeat(2001) }, "message", "too_long"],
    ["a blank first name", { applicant: { ...applicant, firstName: " " } }, "firstName", "required"],
  ])("is refused with %s", (_, change, path, problem) => {
    expect(draftAppointmentRequest({ ...input, ...change })).toEqual({
      ok: false,
      error: { code: "APPOINTMENT_REQUEST_INVALID", path, problem },
    });
  });
});

describe("the 4-day duplicate rule", () => {
  const first = new Date("2026-11-02T08:00:00Z");
  const at = (days: number) => new Date(first.getTime() + days * 86_400_000);

  it("refuses within 4 days with the seconds left, accepts from then on", () => {
    expect(checkDuplicate(first, at(3))).toEqual({
      ok: false,
      error: { code: "DUPLICATE_REQUEST", retryAfterSeconds: 86_400 },
    });
    expect(checkDuplicate(first, new Date(at(4).getTime() - 1)).ok).toBe(false);
    expect(checkDuplicate(first, at(4)).ok).toBe(true);
    expect(checkDuplicate(null, first).ok).toBe(true);
  });

  it("never answers a Retry-After of 0 while still refusing", () => {
    const refused = checkDuplicate(first, new Date(at(4).getTime() - 200));
    expect(refused).toEqual({ ok: false, error: { code: "DUPLICATE_REQUEST", retryAfterSeconds: 1 } });
  });
});

describe("the CFA's answer", () => {
  const now = new Date("2026-11-03T08:00:00Z");

  it("needs a message when personalised, keeps an optional one otherwise", () => {
    expect(draftAnswer({ intention: "personalised_answer", message: " " }, now)).toEqual({
      ok: false,
      error: { code: "ANSWER_INVALID", path: "message", problem: "required" },
    });
    expect(draftAnswer({ intention: "personalised_answer", message: " Bonjour " }, now)).toEqual({
      ok: true,
      value: { intention: "personalised_answer", message: "Bonjour", answeredAt: now },
    });
    expect(draftAnswer({ intention: "unreachable" }, now)).toEqual({
      ok: true,
      value: { intention: "unreachable", message: null, answeredAt: now },
    });
    expect(draftAnswer({ intention: "maybe" }, now).ok).toBe(false);
  });

  it("is given once", () => {
    expect(checkNotAnswered(null).ok).toBe(true);
    const answer = { intention: "other_channel" as const, message: null, answeredAt: now };
    expect(checkNotAnswered(answer)).toEqual({ ok: false, error: { code: "ALREADY_ANSWERED", answeredAt: now } });
  });
});

describe("stats", () => {
  it("take the median (the mean of the middle two for an even count) and a rounded rate", () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(responseRate(2, 3)).toBe(0.667);
    expect(responseRate(0, 0)).toBe(0);
  });
});
