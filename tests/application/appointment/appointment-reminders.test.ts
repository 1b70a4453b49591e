import { describe, expect, it } from "vitest";
import { appointmentOnFakes, aRequest } from "../../support/appointment-fakes.ts";

const CFA = "session-t1@cfa-essais.test";
const remindersTo = (fakes: ReturnType<typeof appointmentOnFakes>) =>
  fakes.emailsTo(CFA).filter((row) => row.email.subject.startsWith("Rappel"));

describe("appointments:remind", () => {
  it("reminds the CFA once, after 4 working days, skipping a weekend and Easter Monday", async () => {
    const fakes = appointmentOnFakes();
    fakes.clock.set("2026-04-02T08:00:00Z"); // Thursday before Easter, 10:00 in Paris
    await fakes.requestAppointment(aRequest("t1"));
    // Wednesday 8 April 12:00: four working days without Easter Monday, only three with it.
    expect(await fakes.remindAppointments("2026-04-08T10:00:00Z")).toEqual({ reminded: 0 });
    expect(await fakes.remindAppointments("2026-04-09T07:59:00Z")).toEqual({ reminded: 0 });
    expect(await fakes.remindAppointments("2026-04-09T08:00:00Z")).toEqual({ reminded: 1 });
    const [reminder] = remindersTo(fakes);
    expect(reminder?.email.text).toContain("Le 2 avril 2026");
    expect(reminder?.idempotencyKey).toBe("appointment-reminder/id-1");
    expect(await fakes.remindAppointments("2026-04-10T08:00:00Z")).toEqual({ reminded: 0 });
    expect(remindersTo(fakes)).toHaveLength(1);
  });

  it("gives a fresh link that answers the same request", async () => {
    const fakes = appointmentOnFakes();
    await fakes.requestAppointment(aRequest("t1"));
    const first = fakes.tokenSentTo(CFA, "reply");
    await fakes.remindAppointments("2026-11-09T09:00:00Z");
    const fresh = fakes.tokenSentTo(CFA, "reply");
    expect(fresh).not.toBe(first);
    expect((await fakes.answerAppointment({ token: fresh, intention: "other_channel" })).ok).toBe(true);
  });

  it("leaves answered requests alone", async () => {
    const fakes = appointmentOnFakes();
    await fakes.requestAppointment(aRequest("t1"));
    await fakes.answerAppointment({ token: fakes.tokenSentTo(CFA, "reply"), intention: "unreachable" });
    expect(await fakes.remindAppointments("2026-11-20T09:00:00Z")).toEqual({ reminded: 0 });
  });
});
