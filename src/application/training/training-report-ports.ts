import type {
  OpenTrainingReport,
  ResolvedTrainingReport,
  TrainingReport,
  TrainingReportStatus,
} from "../../domain/training/training-report.ts";
import type { Outbox } from "../messaging/index.ts";

type TrainingReportQuery = Readonly<{ status: TrainingReportStatus | null; page: number; pageSize: number }>;

/** "My training is missing" reports, kept until support resolves them (and after, as their history). */
export interface TrainingReports {
  /** Stores a new report (its id is fresh). */
  add(report: OpenTrainingReport): Promise<void>;
  /** null when no report has this id. */
  findById(id: string): Promise<TrainingReport | null>;
  /**
   * Records the resolution if the stored report is still open; `"not_open"` when it was resolved meanwhile (or does
   * not exist), and nothing changes.
   */
  markResolved(report: ResolvedTrainingReport): Promise<"resolved" | "not_open">;
  /** Oldest first (then by id, byte order): support works through them in arrival order. `status` null: all. */
  list(query: TrainingReportQuery): Promise<Readonly<{ items: TrainingReport[]; total: number }>>;
}

/** What a training-report transaction is given: the reports and the outbox their emails go to. */
export type TrainingReportRepos = Readonly<{ trainingReports: TrainingReports; outbox: Outbox }>;
