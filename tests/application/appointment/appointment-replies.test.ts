import { describe, expect, it } from "vitest";
import { appointmentOnFakes, aRequest } from "../../support/appointment-fakes.ts";

const CFA = "session-t1@cfa-essais.test";
const CANDIDATE = "lea.martin@example.fr";

async function askedOnce() {
  const fakes = appointmentOnFakes();
  await fakes.requestAppointment(aRequest("t1"));
  return { fakes, token: fakes.tokenSentTo(CFA, "reply") };
}

describe("the CFA's answer through its link", () => {
  it("shows the request without changing anything", async () => {
    const { fakes, token } = await askedOnce();
    const read = await fakes.readAppointmentReply({ token });
    expect(read.ok && read.value).toMatchObject({
      id: "id-1",
      answer: null,
      message: "Quelles sont les dates de rentrée ?",
    });
    expect((await fakes.readAppointmentReply({ token })).ok).toBe(true);
    expect(fakes.store.appointmentRequests.rows()[0]?.answer).toBeNull();
  });

  it("emails a personalised answer to the candidate at once, and is recorded once", async () => {
    const { fakes, token } = await askedOnce();
    fakes.clock.advance(60_000);
    const answered = await fakes.answerAppointment({
      token,
      intention: "personalised_answer",
      message: "Venez mardi.",
    });
    expect(answered.ok && answered.value.answer).toEqual({
      intention: "personalised_answer",
      message: "Venez mardi.",
      answeredAt: fakes.clock.now(),
    });
    const toCandidate = fakes.emailsTo(CANDIDATE).at(-1);
    expect(toCandidate?.email.subject).toBe("CFA DES ESSAIS a répondu à votre demande de rendez-vous");
    expect(toCandidate?.email.text).toContain("« Venez mardi. »");
    expect(await fakes.answerAppointment({ token, intention: "unreachable" })).toEqual({
      ok: false,
      error: { code: "ALREADY_ANSWERED", answeredAt: fakes.clock.now() },
    });
    const read = await fakes.readAppointmentReply({ token });
    expect(read.ok && read.value.answer?.intention).toBe("personalised_answer");
  });

  it("sends the candidate nothing for another channel or an unreachable candidate", async () => {
    const { fakes, token } = await askedOnce();
    expect((await fakes.answerAppointment({ token, intention: "other_channel" })).ok).toBe(true);
    expect(fakes.emailsTo(CANDIDATE)).toHaveLength(1); // the confirmation only
  });

  it("refuses a personalised answer without a message, and leaves the request open", async () => {
    const { fakes, token } = await askedOnce();
    expect(await fakes.answerAppointment({ token, intention: "personalised_answer", message: "" })).toEqual({
      ok: false,
      error: { code: "ANSWER_INVALID", path: "message", problem: "required" },
    });
    expect((await fakes.answerAppointment({ token, intention: "unreachable" })).ok).toBe(true);
  });

  it("is LINK_INVALID for an unknown token or once the link expired (30 days)", async () => {
    const { fakes, token } = await askedOnce();
    expect(await fakes.readAppointmentReply({ token: "x".repeat(43) })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "unknown" },
    });
    fakes.clock.advance(30 * 86_400_000);
    expect(await fakes.answerAppointment({ token, intention: "unreachable" })).toEqual({
      ok: false,
      error: { code: "LINK_INVALID", reason: "expired" },
    });
  });
});
