import type {
  OpenTrainingReport,
  ResolvedTrainingReport,
  TrainingReport,
  TrainingReportStatus,
} from "../../domain/training/training-report.ts";

type Query = Readonly<{ status: TrainingReportStatus | null; page: number; pageSize: number }>;

/**
 * The in-memory TrainingReports (application/training/training-report-ports.ts, typed by its domain values as the
 * Postgres adapter is), for application tests and the contract suite; `rows` lets tests look inside, `snapshot`
 * makes it a participant of the memory UnitOfWork.
 */
export function createMemoryTrainingReports(rows: TrainingReport[] = []) {
  return {
    rows,
    async add(report: OpenTrainingReport): Promise<void> {
      rows.push(report);
    },
    async findById(id: string): Promise<TrainingReport | null> {
      return rows.find((row) => row.id === id) ?? null;
    },
    async markResolved(report: ResolvedTrainingReport): Promise<"resolved" | "not_open"> {
      const index = rows.findIndex((row) => row.id === report.id && row.status === "open");
      if (index < 0) return "not_open";
      rows[index] = report;
      return "resolved";
    },
    async list({ status, page, pageSize }: Query): Promise<{ items: TrainingReport[]; total: number }> {
      const matching = rows.filter((row) => status === null || row.status === status).sort(oldestFirst);
      return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length };
    },
    snapshot(): () => void {
      const saved = [...rows];
      return () => void rows.splice(0, rows.length, ...saved);
    },
  };
}

/** As the Postgres adapter: createdAt ascending, then id in byte order (`collate "C"`). */
function oldestFirst(a: TrainingReport, b: TrainingReport): number {
  const byDate = a.createdAt.getTime() - b.createdAt.getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
