import { err, ok, type Result } from "../shared/result.ts";

/** The console's pipeline: new → seen → interview → hired | refused (docs/PRODUCT.md §2 [beyond]). */
export const PIPELINE_STATUSES = ["new", "seen", "interview", "hired", "refused"] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export type StatusTransitionRefused = Readonly<{
  code: "STATUS_TRANSITION_REFUSED";
  from: PipelineStatus;
  to: PipelineStatus;
}>;

/**
 * The moves a recruiter may make. Forward along the pipeline, refusing at any point, and back from a decision
 * (a refusal or a hire made by mistake returns to `interview`); staying put is allowed and changes nothing.
 */
const NEXT: Readonly<Record<PipelineStatus, readonly PipelineStatus[]>> = {
  new: ["seen", "interview", "hired", "refused"],
  seen: ["interview", "hired", "refused"],
  interview: ["hired", "refused"],
  hired: ["interview", "refused"],
  refused: ["interview", "seen"],
};

export function moveStatus(from: PipelineStatus, to: PipelineStatus): Result<PipelineStatus, StatusTransitionRefused> {
  if (from === to || NEXT[from].includes(to)) return ok(to);
  return err({ code: "STATUS_TRANSITION_REFUSED", from, to });
}

/** A company's quick response moves the pipeline too: "interview" and "refuse" are decisions, "later" marks it seen. */
export function statusAfterAnswer(
  current: PipelineStatus,
  intention: "interview" | "later" | "refuse",
): PipelineStatus {
  if (intention === "interview") return current === "hired" ? current : "interview";
  if (intention === "refuse") return "refused";
  return current === "new" ? "seen" : current;
}
