import { describe, expect, it } from "vitest";
import type { Email } from "../../../src/domain/shared/email.ts";
import {
  A_REPORT_INPUT,
  aTrainingReportWorld,
  CFA_ACTOR,
  SUPPORT_ACTOR,
  SUPPORT_EMAIL,
} from "../../support/training-report-fakes.ts";

const pending = (world: ReturnType<typeof aTrainingReportWorld>) =>
  world.outbox.rows().map((row) => ({ to: row.email.to, subject: row.email.subject, key: row.idempotencyKey }));

describe("reportMissingTraining", () => {
  it("stores the report, emails support and acknowledges to the reporter, in one transaction", async () => {
    const world = aTrainingReportWorld();
    const result = await world.useCases.reportMissingTraining(A_REPORT_INPUT);
    expect(result).toMatchObject({ ok: true, value: { id: "id-1", status: "open", siret: "99100002700110" } });
    expect(world.trainingReports.rows).toEqual([result.ok && result.value]);
    expect(pending(world)).toEqual([
      {
        to: SUPPORT_EMAIL,
        subject: "Formation absente du site signalée (SIRET 99100002700110)",
        key: `training-report/id-1/support/${SUPPORT_EMAIL}`,
      },
      {
        to: "contact@cfa-test.fr",
        subject: "Nous avons bien reçu votre signalement de formation absente",
        key: "training-report/id-1/acknowledged",
      },
    ]);
    const [toSupport] = world.outbox.rows();
    expect(toSupport?.email.text).toContain("Lieu de la formation : code commune INSEE 69123 (Lyon)");
  });

  it("emails every support address, and only the reporter when none is configured", async () => {
    const several = aTrainingReportWorld([SUPPORT_EMAIL, "autre@lba.test" as Email]);
    await several.useCases.reportMissingTraining(A_REPORT_INPUT);
    expect(pending(several).map((email) => email.to)).toEqual([SUPPORT_EMAIL, "autre@lba.test", "contact@cfa-test.fr"]);
    const none = aTrainingReportWorld([]);
    await none.useCases.reportMissingTraining(A_REPORT_INPUT);
    expect(pending(none).map((email) => email.to)).toEqual(["contact@cfa-test.fr"]);
  });

  it("names every commune of a postcode for support", async () => {
    const world = aTrainingReportWorld();
    await world.useCases.reportMissingTraining({ ...A_REPORT_INPUT, insee: undefined, postcode: "69100" });
    const [toSupport] = world.outbox.rows();
    expect(toSupport?.email.text).toContain("code postal 69100 (Villeurbanne, Commune voisine de test)");
  });

  it.each([
    ["an INSEE code", { insee: "69998" }, { path: "insee", value: "69998" }],
    ["a postcode no commune has", { insee: undefined, postcode: "69010" }, { path: "postcode", value: "69010" }],
  ])("refuses %s the referential does not know, and stores and sends nothing", async (_, place, refusal) => {
    const world = aTrainingReportWorld();
    const result = await world.useCases.reportMissingTraining({ ...A_REPORT_INPUT, ...place });
    expect(result).toEqual({ ok: false, error: { code: "PLACE_UNKNOWN", ...refusal } });
    expect([world.trainingReports.rows, world.outbox.rows()]).toEqual([[], []]);
  });

  it("refuses an invalid field before looking anything up", async () => {
    const world = aTrainingReportWorld();
    const result = await world.useCases.reportMissingTraining({ ...A_REPORT_INPUT, period: "09/2026" });
    expect(result).toEqual({ ok: false, error: { code: "TRAINING_REPORT_INVALID", path: "period", reason: "format" } });
    expect(world.outbox.rows()).toEqual([]);
  });
});

describe("listTrainingReports", () => {
  it("gives support a page of reports, oldest first, filtered by status", async () => {
    const world = aTrainingReportWorld();
    for (const reporterEmail of ["a@cfa-test.fr", "b@cfa-test.fr", "c@cfa-test.fr"]) {
      await world.useCases.reportMissingTraining({ ...A_REPORT_INPUT, reporterEmail });
      world.clock.advance(60_000);
    }
    await world.useCases.resolveTrainingReport({ actor: SUPPORT_ACTOR, id: "id-2" });
    const page = await world.useCases.listTrainingReports({ actor: SUPPORT_ACTOR, page: 1, pageSize: 1 });
    expect(page).toMatchObject({ ok: true, value: { page: 1, pageSize: 1, total: 3, items: [{ id: "id-1" }] } });
    const open = await world.useCases.listTrainingReports({
      actor: SUPPORT_ACTOR,
      status: "open",
      page: 1,
      pageSize: 10,
    });
    expect(open.ok && open.value.items.map((report) => report.id)).toEqual(["id-1", "id-3"]);
    expect(open.ok && open.value.total).toBe(2);
  });

  it("is reserved to support", async () => {
    const world = aTrainingReportWorld();
    const result = await world.useCases.listTrainingReports({ actor: CFA_ACTOR, page: 1, pageSize: 10 });
    expect(result).toEqual({ ok: false, error: { code: "ADMIN_ONLY" } });
  });
});

describe("resolveTrainingReport", () => {
  async function aReported() {
    const world = aTrainingReportWorld();
    const reported = await world.useCases.reportMissingTraining(A_REPORT_INPUT);
    if (!reported.ok) throw new Error(reported.error.code);
    world.clock.advance(7 * 24 * 3600_000);
    return { world, id: reported.value.id };
  }

  it("marks the report resolved and emails the reporter with support's message", async () => {
    const { world, id } = await aReported();
    const message = "  Vos formations sont de nouveau transmises par le Carif-Oref. ";
    const result = await world.useCases.resolveTrainingReport({ actor: SUPPORT_ACTOR, id, message });
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: "resolved",
        resolvedAt: new Date("2026-11-09T08:00:00Z"),
        resolvedBy: "user-support",
        resolutionNote: "Vos formations sont de nouveau transmises par le Carif-Oref.",
      },
    });
    expect(world.trainingReports.rows).toEqual([result.ok && result.value]);
    const resolved = world.outbox.rows().at(-1);
    expect(resolved).toMatchObject({
      idempotencyKey: `training-report/${id}/resolved`,
      email: { to: "contact@cfa-test.fr", subject: "Votre signalement de formation absente est résolu" },
    });
    expect(resolved?.email.text).toContain("Vos formations sont de nouveau transmises par le Carif-Oref.");
  });

  it("refuses to resolve twice, and the reporter is told once", async () => {
    const { world, id } = await aReported();
    await world.useCases.resolveTrainingReport({ actor: SUPPORT_ACTOR, id });
    const again = await world.useCases.resolveTrainingReport({ actor: SUPPORT_ACTOR, id, message: "Encore" });
    expect(again).toEqual({ ok: false, error: { code: "TRAINING_REPORT_ALREADY_RESOLVED", id } });
    expect(pending(world).filter((email) => email.key.endsWith("/resolved"))).toHaveLength(1);
  });

  it.each([
    ["an unknown report", SUPPORT_ACTOR, "unknown", { code: "TRAINING_REPORT_NOT_FOUND", id: "unknown" }],
    ["a non-support member", CFA_ACTOR, "id-1", { code: "ADMIN_ONLY" }],
  ])("refuses %s and changes nothing", async (_, actor, id, error) => {
    const { world } = await aReported();
    const before = pending(world);
    expect(await world.useCases.resolveTrainingReport({ actor, id })).toEqual({ ok: false, error });
    expect(world.trainingReports.rows[0]?.status).toBe("open");
    expect(pending(world)).toEqual(before);
  });
});
