import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Email } from "../../../domain/shared/email.ts";
import type { InseeCode } from "../../../domain/shared/insee-code.ts";
import type { Siret } from "../../../domain/shared/siret.ts";
import type {
  OpenTrainingReport,
  ReportPlace,
  ResolvedTrainingReport,
  TrainingReport,
  TrainingReportStatus,
} from "../../../domain/training/training-report.ts";
import type { Db } from "../database.ts";
import { trainingReports } from "./reports-schema.ts";

type Row = typeof trainingReports.$inferSelect;
type Query = Readonly<{ status: TrainingReportStatus | null; page: number; pageSize: number }>;

/**
 * The TrainingReports port (application/training/training-report-ports.ts), typed by its domain values: the
 * dependency rules let an adapter import only `ports.ts` files, and the contract suite checks it against the port.
 * `db` may be a transaction handle (UnitOfWork). Ties sort ids in byte order (`collate "C"`), as the fake does.
 */
export function createPgTrainingReports(db: Db) {
  return {
    async add(report: OpenTrainingReport): Promise<void> {
      await db.insert(trainingReports).values(toRow(report));
    },
    async findById(id: string): Promise<TrainingReport | null> {
      const rows = await db.select().from(trainingReports).where(eq(trainingReports.id, id)).limit(1);
      return rows[0] ? toReport(rows[0]) : null;
    },
    async markResolved(report: ResolvedTrainingReport): Promise<"resolved" | "not_open"> {
      const { resolvedAt, resolvedBy, resolutionNote } = report;
      const updated = await db
        .update(trainingReports)
        .set({ status: "resolved", resolvedAt, resolvedBy, resolutionNote })
        .where(and(eq(trainingReports.id, report.id), eq(trainingReports.status, "open")))
        .returning({ id: trainingReports.id });
      return updated.length > 0 ? "resolved" : "not_open";
    },
    async list({ status, page, pageSize }: Query): Promise<{ items: TrainingReport[]; total: number }> {
      const where = status === null ? undefined : eq(trainingReports.status, status);
      const rows = await db
        .select()
        .from(trainingReports)
        .where(where)
        .orderBy(asc(trainingReports.createdAt), sql`${trainingReports.id} collate "C"`)
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ n: count() }).from(trainingReports).where(where);
      return { items: rows.map(toReport), total: total?.n ?? 0 };
    },
  };
}

function toRow(report: OpenTrainingReport): Row {
  const { place, ...rest } = report;
  return {
    ...rest,
    insee: place.kind === "insee" ? place.insee : null,
    postcode: place.kind === "postcode" ? place.postcode : null,
    resolvedAt: null,
    resolvedBy: null,
    resolutionNote: null,
  };
}

function toReport(row: Row): TrainingReport {
  const { insee, postcode, status, resolvedAt, resolvedBy, resolutionNote, ...rest } = row;
  const place: ReportPlace =
    insee !== null ? { kind: "insee", insee: insee as InseeCode } : { kind: "postcode", postcode: postcode ?? "" };
  const open: OpenTrainingReport = {
    ...rest,
    siret: rest.siret as Siret,
    reporterEmail: rest.reporterEmail as Email,
    place,
    status: "open",
  };
  if (status !== "resolved" || resolvedAt === null || resolvedBy === null) return open;
  return { ...open, status: "resolved", resolvedAt, resolvedBy, resolutionNote };
}
