import { beforeEach, describe, expect, it } from "vitest";
import type { Outbox, OutboxMaintenance } from "../../src/application/messaging/ports.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";
import { aCvAttachment, anEmail, comparable, MAX_CV_BYTES } from "../support/messaging-builders.ts";

/** An empty outbox, and a UnitOfWork whose `outbox` is bound to each transaction. */
export type OutboxFactory = () => Promise<{
  outbox: Outbox & OutboxMaintenance;
  unitOfWork: UnitOfWork<{ outbox: Outbox }>;
}>;

const t0 = new Date("2026-11-02T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const lease = (fromMs: number, untilMs = fromMs + 60_000) => ({ from: at(fromMs), until: at(untilMs) });
const claimAll = (outbox: Outbox, nowMs = 0, limit = 10) =>
  outbox.claimDue({ dueBy: at(nowMs), limit, lease: lease(nowMs) });
const keysOf = (claimed: { idempotencyKey: string }[]) => claimed.map((c) => c.idempotencyKey);

export function outboxContract(name: string, factory: OutboxFactory) {
  describe(`Outbox contract — ${name}`, () => {
    let outbox: Outbox & OutboxMaintenance;
    let unitOfWork: UnitOfWork<{ outbox: Outbox }>;
    beforeEach(async () => {
      ({ outbox, unitOfWork } = await factory());
    });
    const enqueue = (key: string, nowMs = 0) =>
      outbox.enqueue(anEmail({ to: `${key}@example.com` }), { idempotencyKey: key, now: at(nowMs) });

    it("gives back what was enqueued, field for field, counting the attempt", async () => {
      const email = anEmail({ html: "<p>Bonjour</p>", replyTo: anEmail({ to: "recruteur@example.com" }).to });
      expect(await outbox.enqueue(email, { idempotencyKey: "k1", now: t0 })).toBe("enqueued");
      const [claimed] = await claimAll(outbox);
      expect(claimed).toEqual({ id: expect.any(String), idempotencyKey: "k1", email, attempts: 1 });
    });

    it("gives back the attachments byte for byte, a 3 MiB CV included", async () => {
      const cv = aCvAttachment({ size: MAX_CV_BYTES });
      const letter = aCvAttachment({ filename: "lettre « motivée ».docx", contentType: "application/msword", size: 3 });
      const email = anEmail({ attachments: [cv, letter], replyTo: null });
      await outbox.enqueue(email, { idempotencyKey: "k1", now: t0 });
      const [claimed] = await claimAll(outbox);
      expect(claimed?.email?.attachments?.map(({ filename, contentType }) => [filename, contentType])).toEqual([
        ["cv-lea-martin.pdf", "application/pdf"],
        ["lettre « motivée ».docx", "application/msword"],
      ]);
      expect(comparable(claimed?.email ?? {})).toEqual(comparable(email));
    });

    it("gives back an empty list of attachments as enqueued", async () => {
      const email = anEmail({ attachments: [], replyTo: null });
      await outbox.enqueue(email, { idempotencyKey: "k1", now: t0 });
      expect((await claimAll(outbox))[0]?.email).toEqual(email);
    });

    it("keeps one message per idempotency key", async () => {
      expect(await enqueue("k1")).toBe("enqueued");
      expect(await enqueue("k1")).toBe("duplicate");
      expect(keysOf(await claimAll(outbox))).toEqual(["k1"]);
    });

    it("claims oldest first, at most `limit`", async () => {
      for (const key of ["k1", "k2", "k3"]) await enqueue(key);
      expect(keysOf(await claimAll(outbox, 0, 2))).toEqual(["k1", "k2"]);
      expect(keysOf(await claimAll(outbox, 0, 2))).toEqual(["k3"]);
    });

    it("a new message is due at once, even when enqueued 'as of' a later instant", async () => {
      await enqueue("k1", 3_600_000);
      expect(keysOf(await claimAll(outbox, 0))).toEqual(["k1"]);
    });

    it("does not give a leased message to another claim until the lease ends", async () => {
      await enqueue("k1");
      await outbox.claimDue({ dueBy: t0, limit: 10, lease: lease(0, 30_000) });
      expect(await claimAll(outbox, 29_999)).toEqual([]);
      expect(await claimAll(outbox, 30_000)).toEqual([expect.objectContaining({ idempotencyKey: "k1", attempts: 2 })]);
    });

    it("never claims a sent message again", async () => {
      await enqueue("k1");
      const [claimed] = await claimAll(outbox);
      await outbox.markSent(claimed?.id ?? "", at(1));
      expect(await claimAll(outbox, 10_000_000)).toEqual([]);
    });

    it("retries a failed message from its next attempt on", async () => {
      await enqueue("k1");
      const [claimed] = await claimAll(outbox);
      await outbox.markFailed(claimed?.id ?? "", { error: "HTTP 503", nextAttemptAt: at(2_000) });
      expect(await claimAll(outbox, 1_999)).toEqual([]);
      expect(await claimAll(outbox, 2_000)).toEqual([expect.objectContaining({ idempotencyKey: "k1", attempts: 2 })]);
    });

    it("never claims a dead message again", async () => {
      await enqueue("k1");
      const [claimed] = await claimAll(outbox);
      await outbox.markFailed(claimed?.id ?? "", { error: "HTTP 422", nextAttemptAt: null });
      expect(await claimAll(outbox, 10_000_000)).toEqual([]);
    });

    it("ignores a failure reported after another dispatcher delivered the message", async () => {
      await enqueue("k1");
      const [claimed] = await claimAll(outbox);
      await outbox.markSent(claimed?.id ?? "", at(1));
      await outbox.markFailed(claimed?.id ?? "", { error: "late timeout", nextAttemptAt: at(2) });
      expect(await claimAll(outbox, 10_000_000)).toEqual([]);
    });

    it("keeps the messages enqueued in a committed unit of work", async () => {
      await unitOfWork.run(async (repos) => {
        await repos.outbox.enqueue(anEmail(), { idempotencyKey: "k1", now: t0 });
        await repos.outbox.enqueue(anEmail(), { idempotencyKey: "k2", now: t0 });
      });
      expect(keysOf(await claimAll(outbox))).toEqual(["k1", "k2"]);
    });

    it("drops the messages enqueued in a unit of work that throws", async () => {
      const failing = unitOfWork.run(async (repos) => {
        await repos.outbox.enqueue(anEmail(), { idempotencyKey: "k1", now: t0 });
        throw new Error("the change failed");
      });
      await expect(failing).rejects.toThrow("the change failed");
      expect(await claimAll(outbox)).toEqual([]);
    });

    it("renews the lease of a claim still held, so it outlasts its first end (heartbeat)", async () => {
      await enqueue("k1");
      const [claimed] = await outbox.claimDue({ dueBy: t0, limit: 10, lease: lease(0, 15_000) });
      await outbox.renewLeases([claimed as NonNullable<typeof claimed>], at(30_000));
      expect(await claimAll(outbox, 29_999)).toEqual([]);
      expect(keysOf(await claimAll(outbox, 30_000))).toEqual(["k1"]);
    });

    it("does not renew a claim taken over by another dispatcher, nor a settled one", async () => {
      await enqueue("k1");
      await enqueue("k2");
      const [first, second] = await outbox.claimDue({ dueBy: t0, limit: 10, lease: lease(0, 15_000) });
      const [takenOver] = await outbox.claimDue({ dueBy: t0, limit: 1, lease: lease(15_000, 30_000) });
      expect(takenOver?.idempotencyKey).toBe("k1");
      await outbox.markSent(second?.id ?? "", at(1));
      await outbox.renewLeases(
        [first, second].filter((c) => c !== undefined),
        at(60_000),
      );
      // k1's lease is the second dispatcher's (until 30 s), not renewed by the first one's heartbeat.
      expect(keysOf(await claimAll(outbox, 30_000))).toEqual(["k1"]);
    });

    it("lists dead messages and replays one with fresh attempts and the same key", async () => {
      await enqueue("k1");
      await enqueue("k2");
      const [dying] = await claimAll(outbox, 0, 1);
      await outbox.markFailed(dying?.id ?? "", { error: "HTTP 422 invalid address", nextAttemptAt: null });
      const dead = await outbox.listDead(10);
      expect(dead).toEqual([
        {
          id: dying?.id,
          idempotencyKey: "k1",
          to: "k1@example.com",
          subject: anEmail().subject,
          attempts: 1,
          lastError: "HTTP 422 invalid address",
          createdAt: t0,
        },
      ]);
      expect(await outbox.replayDead(dying?.id ?? "")).toBe("replayed");
      expect(await outbox.replayDead(dying?.id ?? "")).toBe("not_dead");
      expect(await outbox.replayDead("999999")).toBe("not_dead");
      expect(await outbox.listDead(10)).toEqual([]);
      const [again] = await claimAll(outbox, 1_000, 1);
      expect(again).toMatchObject({ idempotencyKey: "k1", attempts: 1, email: anEmail({ to: "k1@example.com" }) });
    });

    it("purges sent messages older than the retention, never pending or dead ones", async () => {
      for (const key of ["k1", "k2", "k3", "k4"]) await enqueue(key);
      const [k1, k2, k3] = await claimAll(outbox);
      await outbox.markSent(k1?.id ?? "", at(1_000));
      await outbox.markSent(k2?.id ?? "", at(5_000));
      await outbox.markFailed(k3?.id ?? "", { error: "gone", nextAttemptAt: null });
      expect(await outbox.purgeSent(at(5_000))).toBe(1);
      expect(await outbox.purgeSent(at(5_000))).toBe(0);
      expect(await outbox.purgeSent(at(10_000_000))).toBe(1);
      expect((await outbox.listDead(10)).map((m) => m.idempotencyKey)).toEqual(["k3"]);
      expect(await outbox.enqueue(anEmail(), { idempotencyKey: "k1", now: t0 })).toBe("enqueued");
    });
  });
}
