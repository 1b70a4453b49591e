import { describe, expect, it } from "vitest";
import { createMemoryMailbox } from "../../src/adapters/memory/mailbox.memory.ts";
import { readMailbox, readMailboxAttachment } from "../../src/application/messaging/index.ts";
import { aCvAttachment, anEmail } from "../support/messaging-builders.ts";
import { aTestClock } from "../support/test-clock.ts";

describe("readMailbox", () => {
  it("lists what was delivered to one address, newest first, with its links", async () => {
    const clock = aTestClock();
    const mailbox = createMemoryMailbox(clock);
    await mailbox.send(anEmail({ subject: "Premier", text: "Lien : https://lba.test/a/1." }), "k1");
    await mailbox.send(anEmail({ to: "autre@example.com", subject: "Autre" }), "k2");
    clock.advance(1_000);
    await mailbox.send(
      anEmail({ subject: "Second", text: "Rien", html: '<a href="https://lba.test/b/2">ici</a>' }),
      "k3",
    );

    const messages = await readMailbox({ mailbox })({ to: " Candidat@Example.com " });

    expect(messages).toEqual([
      expect.objectContaining({
        subject: "Second",
        links: ["https://lba.test/b/2"],
        sentAt: new Date("2026-11-02T08:00:01Z"),
      }),
      expect.objectContaining({ subject: "Premier", links: ["https://lba.test/a/1"], attachments: [] }),
    ]);
  });

  it("lists every address when none is given", async () => {
    const mailbox = createMemoryMailbox(aTestClock());
    await mailbox.send(anEmail({ to: "a@example.com" }), "k1");
    await mailbox.send(anEmail({ to: "b@example.com" }), "k2");
    expect((await readMailbox({ mailbox })({})).map((m) => m.to)).toEqual(["b@example.com", "a@example.com"]);
  });

  it("gives a listed attachment back whole, and null for an unknown id", async () => {
    const mailbox = createMemoryMailbox(aTestClock());
    const cv = aCvAttachment();
    await mailbox.send(anEmail({ attachments: [cv] }), "k1");
    const [message] = await readMailbox({ mailbox })({});
    const read = readMailboxAttachment({ mailbox });
    expect(await read(message?.attachments[0]?.id ?? "")).toEqual(cv);
    expect(await read("42-0")).toBeNull();
  });
});
