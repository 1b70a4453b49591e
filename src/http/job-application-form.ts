import type { z } from "zod";
import type { ApplicationTarget, JobApplicationUseCases } from "../application/job-application/index.ts";
import type { Siret } from "../domain/shared/siret.ts";
import { readMultipartForm } from "./multipart/index.ts";
import { ApplicationFieldsSchema } from "./schemas/job-application.schema.ts";

/** Form fields beside the CV: a few short texts (the message is the longest, 5,000 characters). */
const FORM_LIMITS = { maxFieldBytes: 32 * 1024, maxFields: 16, maxFiles: 1 } as const;

type ApplicationInput = Parameters<JobApplicationUseCases["submitApplication"]>[0];

/** Why an application form was not turned into the use case's input. */
type ApplicationFormFailure =
  | Readonly<{ kind: "not_multipart" }>
  /** Truncated, undecodable or with too many parts: nothing of it is trusted. */
  | Readonly<{ kind: "unreadable" }>
  /** The CV passed its limit while arriving: the rest of the body was not read. */
  | Readonly<{ kind: "cv_too_large"; limit: number }>
  /** Read, but a field is wrong or the CV is missing: `fields` is what was typed, to show the form again. */
  | Readonly<{ kind: "invalid"; issues: readonly z.core.$ZodIssue[]; fields: Readonly<Record<string, string>> }>;

export type ReadApplication =
  | Readonly<{ ok: true; input: ApplicationInput; fields: Readonly<Record<string, string>> }>
  | Readonly<{ ok: false; failure: ApplicationFormFailure }>;

/**
 * The application form, as `POST /api/v1/applications` and the website's `/candidater` receive it: the multipart
 * body read as it arrives (src/http/multipart/), the CV refused the moment it passes its limit, the fields checked
 * by their schema. Never throws, whatever the bytes.
 */
export async function readApplicationForm(request: Request, cvMaxBytes: number): Promise<ReadApplication> {
  const form = await readMultipartForm(request, { ...FORM_LIMITS, maxFileBytes: cvMaxBytes });
  if (!form.ok) {
    const failure = form.error;
    if (failure.kind === "not_multipart") return refused({ kind: "not_multipart" });
    if (failure.kind === "file_too_large") return refused({ kind: "cv_too_large", limit: failure.limit });
    return refused({ kind: "unreadable" });
  }
  const typed = Object.fromEntries(form.value.fields);
  const fields = ApplicationFieldsSchema.safeParse(typed);
  const cv = form.value.files.get("cv");
  // An empty file input (nothing chosen) arrives as a part with no name and no byte.
  const chosen = cv && (cv.filename !== "" || cv.bytes.byteLength > 0) ? cv : undefined;
  if (!fields.success || !chosen) {
    const issues = fields.success ? [] : fields.error.issues;
    const missingCv = chosen
      ? []
      : [{ code: "custom" as const, path: ["cv"], message: "Joignez votre CV (PDF ou Word)." }];
    return refused({ kind: "invalid", issues: [...issues, ...missingCv] as z.core.$ZodIssue[], fields: typed });
  }
  const { offerId, partnerOfferId, companySiret, ...candidate } = fields.data;
  return {
    ok: true,
    fields: typed,
    input: {
      ...candidate,
      target: targetOf(offerId, partnerOfferId, companySiret),
      cv: { filename: chosen.filename, bytes: chosen.bytes },
    },
  };
}

const refused = (failure: ApplicationFormFailure): ReadApplication => ({ ok: false, failure });

function targetOf(offerId?: string, partnerOfferId?: string, companySiret?: string): ApplicationTarget {
  if (offerId !== undefined) return { kind: "offer", offerId };
  if (partnerOfferId !== undefined) return { kind: "partner_offer", partnerOfferId };
  return { kind: "company", siret: companySiret as Siret };
}
