import type { Context } from "hono";
import type { JobApplicationUseCases as UseCases } from "../../application/job-application/index.ts";
import { jobApplicationProblem } from "../job-application-errors.ts";
import { readApplicationForm } from "../job-application-form.ts";
import { asResponse } from "../problem.ts";
import { protocolProblem } from "../protocol-errors.ts";
import { validationHook } from "../validation.ts";

/** `POST /api/v1/applications`: the form read as a stream (src/http/job-application-form.ts), then the use case. */
export async function submitApplication(c: Context, useCases: UseCases): Promise<Response> {
  const read = await readApplicationForm(c.req.raw, useCases.cvMaxBytes);
  if (!read.ok) {
    const { failure } = read;
    if (failure.kind === "invalid") return validationHook({ success: false, error: failure }, c) as Response;
    if (failure.kind === "not_multipart") return asResponse(protocolProblem(c, { code: "UNSUPPORTED_MEDIA_TYPE" }));
    const refused =
      failure.kind === "cv_too_large"
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
  const submitted = await useCases.submitApplication(read.input);
  if (!submitted.ok) return asResponse(jobApplicationProblem(c, submitted.error));
  return c.json(submitted.value, 202);
}
