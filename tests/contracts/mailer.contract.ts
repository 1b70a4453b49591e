import { beforeEach, describe, expect, it } from "vitest";
import type { Mailer } from "../../src/application/messaging/ports.ts";
import { anEmail } from "../support/messaging-builders.ts";

/** What the far end received, one entry per message actually delivered. */
type Delivery = { to: string; subject: string; text: string; html: string | null };

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
    });

    it("delivers once per idempotency key, however often it is asked", async () => {
      await mailer.send(anEmail({ subject: "Un" }), "k1");
      await mailer.send(anEmail({ subject: "Un" }), "k1");
      await mailer.send(anEmail({ subject: "Deux" }), "k2");
      expect((await delivered()).map((d) => d.subject).sort()).toEqual(["Deux", "Un"]);
    });
  });
}
