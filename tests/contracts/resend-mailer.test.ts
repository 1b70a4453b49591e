import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createResendMailer } from "../../src/adapters/resend/mailer.resend.ts";
import { MailRejected } from "../../src/application/messaging/ports.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import { aCvAttachment, anEmail } from "../support/messaging-builders.ts";
import { type ResendStub, startResendStub } from "../support/resend-stub.ts";
import { mailerContract } from "./mailer.contract.ts";

let stub: ResendStub;
beforeAll(async () => {
  stub = await startResendStub();
});
afterAll(() => stub.close());
beforeEach(() => stub.reset());

const from = "La bonne alternance <ne-pas-repondre@lba.test>";
const mailer = (timeoutMs?: number) =>
  createResendMailer({ apiKey: "re_test_key", from, baseUrl: `${stub.url}/`, ...(timeoutMs ? { timeoutMs } : {}) });

mailerContract("Resend, against a local stub of its API", async () => ({
  mailer: mailer(),
  delivered: async () =>
    [...stub.emails.values()].map(({ body, attachments }) => ({
      to: (body.to as string[])[0] ?? "",
      subject: body.subject as string,
      text: body.text as string,
      html: (body.html as string | undefined) ?? null,
      attachments: attachments.map(({ filename, contentType, content }) => ({
        filename,
        contentType: contentType ?? "",
        content,
      })),
    })),
}));

describe("Resend mailer: wire format", () => {
  it("POSTs /emails with the bearer key, the idempotency key, the SDK's User-Agent and Resend's JSON fields", async () => {
    const replyTo = anEmail({ to: "recruteur@example.com" }).to;
    await mailer().send(anEmail({ subject: "Objet", text: "Texte", html: "<p>Texte</p>", replyTo }), "outbox-42");
    expect(stub.requests).toEqual([
      {
        path: "/emails",
        authorization: "Bearer re_test_key",
        idempotencyKey: "outbox-42",
        contentType: "application/json",
        userAgent: expect.stringMatching(/^resend-node:\d+\.\d+\.\d+/),
        status: 200,
        body: {
          from,
          to: ["candidat@example.com"],
          subject: "Objet",
          text: "Texte",
          html: "<p>Texte</p>",
          reply_to: "recruteur@example.com",
        },
      },
    ]);
  });

  it("leaves out the optional fields it has no value for", async () => {
    await mailer().send(anEmail({ html: null }), "k1");
    await mailer().send(anEmail({ html: null, attachments: [] }), "k2");
    for (const request of stub.requests) {
      expect(Object.keys(request.body).sort()).toEqual(["from", "subject", "text", "to"]);
    }
  });

  it("sends attachments as Resend's `attachments: [{filename, content, content_type}]`, content in base64", async () => {
    const cv = aCvAttachment({ content: new TextEncoder().encode("%PDF-1.7 CV de Léa") });
    await mailer().send(anEmail({ attachments: [cv] }), "k1");
    expect(stub.requests[0]?.body.attachments).toEqual([
      {
        filename: "cv-lea-martin.pdf",
        content: Buffer.from("%PDF-1.7 CV de Léa").toString("base64"),
        content_type: "application/pdf",
      },
    ]);
  });

  it("a refused attachment (Resend's 422 invalid_attachment) is MailRejected", async () => {
    const failure = mailer().send(anEmail({ attachments: [aCvAttachment({ filename: "" })] }), "k1");
    await expect(failure).rejects.toThrow(MailRejected);
    await expect(failure).rejects.toThrow("HTTP 422 invalid_attachment");
    expect(stub.emails.size).toBe(0);
  });
});

describe("Resend mailer: failures", () => {
  it.each([500, 503, 429, 409, 401, 403])(
    "HTTP %i is UpstreamUnavailable: retry later with the same key",
    async (status) => {
      stub.script({ status });
      await expect(mailer().send(anEmail(), "k1")).rejects.toThrow(UpstreamUnavailable);
      expect(stub.emails.size).toBe(0);
    },
  );

  it.each([400, 422])("HTTP %i refuses the message for good (MailRejected)", async (status) => {
    stub.script({ status });
    const failure = mailer().send(anEmail(), "k1");
    await expect(failure).rejects.toThrow(MailRejected);
    await expect(failure).rejects.toThrow(`HTTP ${status} validation_error`);
  });

  it("a timeout is UpstreamUnavailable", async () => {
    stub.script({ delayMs: 500 });
    await expect(mailer(100).send(anEmail(), "k1")).rejects.toThrow(UpstreamUnavailable);
  });

  it("an unreachable API is UpstreamUnavailable", async () => {
    const down = createResendMailer({ apiKey: "re_test_key", from, baseUrl: "http://127.0.0.1:9" });
    await expect(down.send(anEmail(), "k1")).rejects.toThrow(UpstreamUnavailable);
  });
});
