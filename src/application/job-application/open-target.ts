import { type ApplicationTarget, targetKeyOf } from "../../domain/job-application/job-application.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { ApplicationTargets, TargetFacts } from "./ports.ts";
import type { SubmitRefusal } from "./refusals.ts";

type OpenFacts = TargetFacts & Readonly<{ contactEmail: NonNullable<TargetFacts["contactEmail"]> }>;

type TargetRefusal = Extract<SubmitRefusal, { code: "TARGET_NOT_FOUND" | "OFFER_CLOSED" | "NO_CONTACT_EMAIL" }>;

/** The target, if it takes applications from here: known, open, with a contact email. */
export async function openTargetFacts(
  targets: ApplicationTargets,
  target: ApplicationTarget,
): Promise<Result<OpenFacts, TargetRefusal>> {
  const id = targetKeyOf(target).slice(target.kind.length + 1);
  const facts = await targets.factsOf(target);
  if (!facts) return err({ code: "TARGET_NOT_FOUND", kind: target.kind, id });
  if (!facts.open) return err({ code: "OFFER_CLOSED", id });
  const { contactEmail } = facts;
  if (contactEmail === null) return err({ code: "NO_CONTACT_EMAIL", kind: target.kind, id });
  return ok({ ...facts, contactEmail });
}

/** What the candidate sees of a target before applying: its title and company, never its contact email. */
export type ApplicationTargetPreview = Readonly<{ title: string; companyName: string }>;

/**
 * The apply form's heading (the website's `/candidater`): the same checks as the submission, so that a form is
 * only shown for a target that takes applications from here.
 */
export function previewApplicationTarget(deps: Readonly<{ targets: ApplicationTargets }>) {
  return async (target: ApplicationTarget): Promise<Result<ApplicationTargetPreview, TargetRefusal>> => {
    const facts = await openTargetFacts(deps.targets, target);
    if (!facts.ok) return facts;
    return ok({ title: facts.value.title, companyName: facts.value.companyName });
  };
}
