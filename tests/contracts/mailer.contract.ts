import { beforeEach, describe, expect, it } from "vitest";
import type { Mailer } from "../../src/application/messaging/ports.ts";
import type { EmailAttachment } from "../../src/domain/messaging/email-message.ts";
import { aCvAttachment, anEmail, fingerprints, MAX_CV_BYTES } from "../support/messaging-builders.ts";

/** What the far end received, one entry per message actually delivered, its attachments' bytes included. */
type Delivery = { to: string; subject: string; text: string; html: string | null; attachments: EmailAttachment[] };

/** A mailer, and a way to read what it delivered. */
export type MailerFactory = () => Promise<{ mailer: Mailer; delivered: () => Promise<Delivery[]> }>;

export function mailerContract(name: string, factory: MailerFactory) {
  describe(`Mailer contract — ${name}`, () => {
    let mailer: Mailer;
    let delivered: () => Promise<Delivery[]>;
    beforeEach(async () => {
      ({ mailer, delivered } = await factory());
    });

    it("delivers the message as written", async () => {
      await mailer.send(anEmail({ subject: "Objet", text: "Texte", html: "<p>Texte</p>" }), "k1");
      const received = (await delivered()).map(({ to, subject, text, html }) => ({ to, subject, text, html }));
      expect(received).toEqual([{ to: "candidat@example.com", subject: "Objet", text: "Texte", html: "<p>Texte</p>" }]);
      expect((await delivered())[0]?.attachments).toEqual([]);
    });

    it("delivers the attachments with their names and types, byte for byte, a 3 MiB CV included", async () => {
      const cv = aCvAttachment({ size: MAX_CV_BYTES });
      const letter = aCvAttachment({
        filename: "lettre de motivation – Léa.docx",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        content: new Uint8Array([0, 255, 10, 13]),
      });
      await mailer.send(anEmail({ attachments: [cv, letter] }), "k1");
      const [received] = await delivered();
      expect(fingerprints(received?.attachments ?? [])).toEqual(fingerprints([cv, letter]));
    });

    it("delivers once per idempotency key, however often it is asked", async () => {
      await mailer.send(anEmail({ subject: "Un" }), "k1");
      await mailer.send(anEmail({ subject: "Un" }), "k1");
      await mailer.send(anEmail({ subject: "Deux" }), "k2");
      expect((await delivered()).map((d) => d.subject).sort()).toEqual(["Deux", "Un"]);
    });
  });
}
