import { beforeEach, describe, expect, it } from "vitest";
import type { Mailbox, Mailer } from "../../src/application/messaging/ports.ts";
import { anEmail } from "../support/messaging-builders.ts";
import { aTestClock, type TestClock } from "../support/test-clock.ts";

/** An empty local mailbox whose delivery times come from `clock`. */
export type MailboxFactory = (clock: TestClock) => Promise<Mailer & Mailbox>;

export function mailboxContract(name: string, factory: MailboxFactory) {
  describe(`Mailbox contract — ${name}`, () => {
    let clock: TestClock;
    let mailbox: Mailer & Mailbox;
    beforeEach(async () => {
      clock = aTestClock();
      mailbox = await factory(clock);
    });
    const all = () => mailbox.list({ to: null, limit: 100 });

    it("lists newest first: by delivery time, then by delivery order", async () => {
      await mailbox.send(anEmail({ subject: "A" }), "k1");
      clock.advance(1_000);
      await mailbox.send(anEmail({ subject: "B" }), "k2");
      await mailbox.send(anEmail({ subject: "C" }), "k3");
      expect((await all()).map((m) => m.subject)).toEqual(["C", "B", "A"]);
    });

    it("keeps the fields and the delivery time", async () => {
      await mailbox.send(anEmail({ to: "Recruteur@Example.com", subject: "S", text: "T", html: "<p>T</p>" }), "k1");
      expect(await all()).toEqual([
        {
          to: "recruteur@example.com",
          subject: "S",
          text: "T",
          html: "<p>T</p>",
          attachments: [],
          sentAt: clock.now(),
        },
      ]);
    });

    it("keeps the first delivery of a key and ignores the repeats", async () => {
      await mailbox.send(anEmail({ subject: "Premier" }), "k1");
      clock.advance(1_000);
      await mailbox.send(anEmail({ subject: "Premier" }), "k1");
      expect(await all()).toEqual([
        expect.objectContaining({ subject: "Premier", sentAt: new Date("2026-11-02T08:00:00Z") }),
      ]);
    });

    it("filters by recipient, whatever the case, and honours the limit", async () => {
      await mailbox.send(anEmail({ to: "a@example.com", subject: "A1" }), "k1");
      await mailbox.send(anEmail({ to: "b@example.com", subject: "B1" }), "k2");
      await mailbox.send(anEmail({ to: "a@example.com", subject: "A2" }), "k3");
      expect((await mailbox.list({ to: "A@EXAMPLE.COM", limit: 100 })).map((m) => m.subject)).toEqual(["A2", "A1"]);
      expect((await mailbox.list({ to: null, limit: 2 })).map((m) => m.subject)).toEqual(["A2", "B1"]);
      expect(await mailbox.list({ to: "nobody@example.com", limit: 100 })).toEqual([]);
    });
  });
}
