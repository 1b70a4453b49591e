import { CV_CONTENT_TYPES, cleanCvFilename, judgeCvFile } from "../../domain/job-application/cv-file.ts";
import {
  type ApplicationTarget,
  type JobApplication,
  targetKeyOf,
} from "../../domain/job-application/job-application.ts";
import { parseEmail } from "../../domain/shared/email.ts";
import type { PhoneNumber } from "../../domain/shared/phone-number.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type DisposableEmailDomains, emailDomainOf } from "../shared/disposable-email-domains.ts";
import { deliver, scanCv } from "./delivery.ts";
import { openTargetFacts } from "./open-target.ts";
import type { ApplicationTargets, CvInspector } from "./ports.ts";
import type { SubmitRefusal } from "./refusals.ts";
import type { JobApplicationWriteDeps } from "./settings.ts";

type SubmittedCv = Readonly<{ filename: string; bytes: Uint8Array }>;

export type ApplicationInput = Readonly<{
  target: ApplicationTarget;
  firstName: string;
  lastName: string;
  email: string;
  phone: PhoneNumber | null;
  message: string;
  cv: SubmittedCv;
}>;

type SubmitDeps = JobApplicationWriteDeps &
  Readonly<{
    targets: ApplicationTargets;
    inspector: CvInspector;
    disposableDomains: DisposableEmailDomains;
  }>;

/**
 * `POST /api/v1/applications` (docs/PRODUCT.md §1): to an offer posted here, a France Travail offer or an
 * algorithm company, only when a contact email is known. The CV is scanned, then judged by its content, before
 * the answer; infected → CV_INFECTED; antivirus down → accepted, the CV waits unsent for the `applications:deliver`
 * job. The quota is checked under the candidate's lock in the transaction that records the application, its
 * encrypted CV and, when clean, the emails: ten concurrent submissions cannot pass it.
 */
export function submitApplication(deps: SubmitDeps) {
  return async (input: ApplicationInput): Promise<Result<{ id: string }, SubmitRefusal>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const domain = emailDomainOf(email.value);
    if (await deps.disposableDomains.isDisposable(domain)) return err({ code: "DISPOSABLE_EMAIL", domain });
    const facts = await openTargetFacts(deps.targets, input.target);
    if (!facts.ok) return facts;
    const { cvMaxBytes } = deps.settings;
    if (input.cv.bytes.byteLength > cvMaxBytes) return err({ code: "CV_TOO_LARGE", limit: cvMaxBytes });
    // The antivirus first: a threat is worth telling even in a file that is not a CV at all (the EICAR test file).
    const verdict = await scanCv(deps, input.cv.bytes);
    if (verdict !== "unavailable" && verdict.outcome === "infected") return err({ code: "CV_INFECTED" });
    const filename = cleanCvFilename(input.cv.filename);
    const kind = judgeCvFile(filename, await deps.inspector.kindOf(input.cv.bytes));
    if (!kind.ok) return kind;
    return deps.unitOfWork.run(async (repos) => {
      const now = deps.clock.now();
      const targetKey = targetKeyOf(input.target);
      const quota = deps.settings.quota;
      const reserved = await repos.applications.reserveQuota({ candidateEmail: email.value, targetKey, now, quota });
      if (reserved !== "ok") {
        const retryAfterSeconds = Math.max(1, Math.ceil((reserved.retryAt.getTime() - now.getTime()) / 1000));
        return err({ ...reserved, retryAfterSeconds });
      }
      const id = deps.ids.next();
      const cv = { id: deps.ids.next(), filename, kind: kind.value, size: input.cv.bytes.byteLength };
      const received: JobApplication = {
        id,
        target: input.target,
        snapshot: {
          title: facts.value.title,
          companyName: facts.value.companyName,
          organisationId: facts.value.organisationId,
        },
        recipientEmail: facts.value.contactEmail,
        candidate: { firstName: input.firstName, lastName: input.lastName, email: email.value, phone: input.phone },
        message: input.message,
        cv,
        delivery: { state: "awaiting_scan", deliveredAt: null, scanAttempts: verdict === "unavailable" ? 1 : 0 },
        answer: null,
        status: "new",
        notes: null,
        createdAt: now,
        lastActivityAt: now,
        anonymisedAt: null,
      };
      const stored = {
        ...cv,
        applicationId: id,
        contentType: CV_CONTENT_TYPES[cv.kind],
        bytes: input.cv.bytes,
        createdAt: now,
      };
      await repos.cvs.put(stored);
      const application =
        verdict === "unavailable" ? received : await deliver(repos, deps, received, input.cv.bytes, now);
      await repos.applications.insert(application, targetKey);
      return ok({ id });
    });
  };
}
