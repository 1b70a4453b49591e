import { beforeEach, describe, expect, it } from "vitest";
import type { Mailbox, Mailer } from "../../src/application/messaging/ports.ts";
import { aCvAttachment, anEmail, fingerprints, MAX_CV_BYTES } from "../support/messaging-builders.ts";
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

    it("lists each attachment's name, type and size, and gives its bytes back by the id it lists", async () => {
      const cv = aCvAttachment({ size: MAX_CV_BYTES });
      const photo = aCvAttachment({ filename: "photo d’identité.png", contentType: "image/png", size: 300 });
      await mailbox.send(anEmail({ subject: "Sans pièce jointe" }), "k0");
      await mailbox.send(anEmail({ attachments: [cv, photo] }), "k1");
      const [message] = await all();
      expect(message?.attachments).toEqual([
        { id: expect.any(String), filename: "cv-lea-martin.pdf", contentType: "application/pdf", size: MAX_CV_BYTES },
        { id: expect.any(String), filename: "photo d’identité.png", contentType: "image/png", size: 300 },
      ]);
      const files = await Promise.all((message?.attachments ?? []).map((a) => mailbox.attachment(a.id)));
      expect(fingerprints(files.filter((file) => file !== null))).toEqual(fingerprints([cv, photo]));
    });

    it("gives nothing for an attachment id it never listed", async () => {
      await mailbox.send(anEmail({ attachments: [aCvAttachment()] }), "k1");
      const [listed] = (await all())[0]?.attachments ?? [];
      expect(await mailbox.attachment(listed?.id ?? "")).not.toBeNull();
      for (const id of ["999999-0", `${listed?.id}9`, "1-1", "0-0", "01-0", "1-", "abc", "", "1-0; drop table"]) {
        expect(await mailbox.attachment(id)).toBeNull();
      }
    });

    it("keeps the attachments of a key's first delivery only", async () => {
      await mailbox.send(anEmail({ attachments: [aCvAttachment({ filename: "premier.pdf" })] }), "k1");
      await mailbox.send(anEmail({ attachments: [aCvAttachment({ filename: "second.pdf" })] }), "k1");
      const messages = await all();
      expect(messages.flatMap((m) => m.attachments.map((a) => a.filename))).toEqual(["premier.pdf"]);
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
