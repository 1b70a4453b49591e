import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import { checkDuplicate, duplicateWindowStart } from "../../domain/appointment/duplicate-rule.ts";
import type { AppointmentPlatform } from "../../domain/appointment/platform.ts";
import { type ApplicantType, draftAppointmentRequest } from "../../domain/appointment/request.ts";
import { parseEmail } from "../../domain/shared/email.ts";
import type { PhoneNumber } from "../../domain/shared/phone-number.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { type DisposableEmailDomains, emailDomainOf } from "../shared/disposable-email-domains.ts";
import { prepareReplyLink } from "./appointment-links.ts";
import type { AppointmentSettingsRepository } from "./ports.ts";
import type { RequestRefusal } from "./refusals.ts";
import { enqueueRequestEmails } from "./request-emails.ts";
import type { AppointmentWriteDeps, TrainingReader } from "./settings.ts";
import { cfaDetailsOf, recipientOf, settingsOfTraining } from "./training-facts.ts";

export type AppointmentRequestInput = Readonly<{
  trainingId: string;
  platform: AppointmentPlatform;
  firstName: string;
  lastName: string;
  email: string;
  phone: PhoneNumber;
  applicantType: ApplicantType;
  reasons: readonly string[];
  message?: string | null | undefined;
}>;

type RequestDeps = AppointmentWriteDeps &
  Readonly<{
    trainings: TrainingReader;
    appointmentSettings: AppointmentSettingsRepository;
    disposableDomains: DisposableEmailDomains;
  }>;

/**
 * `POST /api/v1/appointments` (docs/PRODUCT.md §8): refused when the service is off for that training and platform
 * or nobody is known to write to, and when the same email asked about the same training within 4 days (checked
 * and recorded in one statement, so two instances cannot both accept). The CFA receives the request with its
 * answer link, the candidate a confirmation with the CFA's details, in the request's transaction.
 */
export function requestAppointment(deps: RequestDeps) {
  return async (input: AppointmentRequestInput): Promise<Result<{ id: string }, RequestRefusal>> => {
    const email = parseEmail(input.email);
    if (!email.ok) return email;
    const contact = { firstName: input.firstName, lastName: input.lastName, email: email.value, phone: input.phone };
    const draft = draftAppointmentRequest({ ...input, applicant: { ...contact, type: input.applicantType } });
    if (!draft.ok) return draft;
    const domain = emailDomainOf(email.value);
    if (await deps.disposableDomains.isDisposable(domain)) return err({ code: "DISPOSABLE_EMAIL", domain });
    const training = await deps.trainings.trainingOf(input.trainingId);
    if (!training) return err({ code: "TRAINING_NOT_FOUND", id: input.trainingId });
    const effective = await settingsOfTraining(deps.appointmentSettings, training);
    const recipientEmail = recipientOf(training, effective, input.platform);
    if (recipientEmail === null) {
      const reason = effective.platforms[input.platform] ? "no_contact_email" : "switched_off";
      return err({ code: "APPOINTMENT_UNAVAILABLE", platform: input.platform, reason });
    }
    return deps.unitOfWork.run(async (repos) => {
      const now = deps.clock.now();
      const { appointmentRequests } = repos;
      const reserved = await appointmentRequests.reserve(email.value, training.id, now, duplicateWindowStart(now));
      if (reserved !== "reserved") {
        const refused = checkDuplicate(reserved.previousAt, now);
        if (!refused.ok) return refused;
      }
      const { platform, applicant, reasons, message } = draft.value;
      const request: AppointmentRequest = {
        id: deps.ids.next(),
        platform,
        applicant,
        reasons,
        message,
        training: {
          trainingId: training.id,
          title: training.title,
          formateurSiret: training.formateur.siret,
          establishmentName: training.formateur.legalName,
        },
        recipientEmail,
        createdAt: now,
        answer: null,
        remindedAt: null,
      };
      await appointmentRequests.insert(request);
      const { link, url } = await prepareReplyLink(deps, request.id, now);
      await repos.appointmentLinks.saveReplyLink(link);
      const reply = { url, validityDays: deps.settings.replyLinkDays };
      await enqueueRequestEmails({ outbox: repos.outbox, now }, request, reply, cfaDetailsOf(training, recipientEmail));
      return ok({ id: request.id });
    });
  };
}
