import type { Context } from "hono";
import type { ApplicationTarget, JobApplicationUseCases as UseCases } from "../../application/job-application/index.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import { jobApplicationProblem } from "../job-application-errors.ts";
import { readMultipartForm } from "../multipart/index.ts";
import { asResponse } from "../problem.ts";
import { protocolProblem } from "../protocol-errors.ts";
import { ApplicationFieldsSchema } from "../schemas/job-application.schema.ts";
import { validationHook } from "../validation.ts";

/** Form fields beside the CV: a few short texts (the message is the longest, 5,000 characters). */
const FORM_LIMITS = { maxFieldBytes: 32 * 1024, maxFields: 16, maxFiles: 1 } as const;

/**
 * `POST /api/v1/applications`: the multipart body read as it arrives (src/http/multipart/), the CV refused the
 * moment it passes its limit, the fields checked by their schema, then the use case.
 */
export async function submitApplication(c: Context, useCases: UseCases): Promise<Response> {
  const form = await readMultipartForm(c.req.raw, { ...FORM_LIMITS, maxFileBytes: useCases.cvMaxBytes });
  if (!form.ok) {
    const failure = form.error;
    if (failure.kind === "not_multipart") return asResponse(protocolProblem(c, { code: "UNSUPPORTED_MEDIA_TYPE" }));
    const refused =
      failure.kind === "file_too_large"
        ? asResponse(jobApplicationProblem(c, { code: "CV_TOO_LARGE", limit: failure.limit }))
        : asResponse(
            protocolProblem(c, {
              code: "VALIDATION_FAILED",
              errors: [{ path: "", message: "Le formulaire envoyé est illisible ou incomplet : renvoyez-le." }],
            }),
          );
    // The rest of the body is never read: the connection closes instead of draining what the client still sends.
    refused.headers.set("Connection", "close");
    return refused;
  }
  const fields = ApplicationFieldsSchema.safeParse(Object.fromEntries(form.value.fields));
  const cv = form.value.files.get("cv");
  if (!fields.success || !cv) {
    const issues = fields.success ? [] : fields.error.issues;
    const missingCv = cv ? [] : [{ code: "custom" as const, path: ["cv"], message: "Joignez votre CV (PDF ou Word)." }];
    return validationHook({ success: false, error: { issues: [...issues, ...missingCv] as never } }, c) as Response;
  }
  const { offerId, partnerOfferId, companySiret, ...candidate } = fields.data;
  const submitted = await useCases.submitApplication({
    ...candidate,
    target: targetOf(offerId, partnerOfferId, companySiret),
    cv: { filename: cv.filename, bytes: cv.bytes },
  });
  if (!submitted.ok) return asResponse(jobApplicationProblem(c, submitted.error));
  return c.json(submitted.value, 202);
}

function targetOf(offerId?: string, partnerOfferId?: string, companySiret?: string): ApplicationTarget {
  if (offerId !== undefined) return { kind: "offer", offerId };
  if (partnerOfferId !== undefined) return { kind: "partner_offer", partnerOfferId };
  return { kind: "company", siret: companySiret as Siret };
}
