import { frenchCount } from "../../../domain/shared/french-plural.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";

/** The candidate as the CFA needs them to call back, and what they asked (French labels). */
export type AppointmentCandidateLines = Readonly<{
  fullName: string;
  /** "Candidat" or "Parent d’un candidat". */
  applicantLabel: string;
  email: string;
  phone: string;
  reasons: readonly string[];
  message: string | null;
}>;

export type AppointmentRequestToCfaEmailInput = Readonly<{
  trainingTitle: string;
  /** "La bonne alternance", "ONISEP" or "Parcoursup". */
  platformName: string;
  candidate: AppointmentCandidateLines;
  replyUrl: string;
  validityDays: number;
}>;

/** Lines shared by the request and its reminder: who asks, how to reach them, about what. */
export function candidateParagraphs(candidate: AppointmentCandidateLines): string[] {
  return [
    `${candidate.applicantLabel} : ${candidate.fullName}`,
    `E-mail : ${candidate.email}`,
    `Téléphone : ${candidate.phone}`,
    `Sujets : ${candidate.reasons.join(", ")}`,
    ...(candidate.message ? [`Message : « ${candidate.message} »`] : []),
  ];
}

/** To the CFA (docs/PRODUCT.md §8): a candidate's request, and the link to say how it was answered. */
export function appointmentRequestToCfaEmail(input: AppointmentRequestToCfaEmailInput): EmailContent {
  return renderEmail({
    subject: `Demande de rendez-vous : ${input.trainingTitle}`,
    preheader: `${input.candidate.fullName} souhaite être contacté au sujet de votre formation.`,
    greeting: "Bonjour,",
    paragraphs: [
      `Un candidat venu de ${input.platformName} souhaite échanger avec votre établissement au sujet de la formation « ${input.trainingTitle} ».`,
      ...candidateParagraphs(input.candidate),
      "Contactez-le, puis indiquez-nous votre réponse avec le bouton ci-dessous : si vous lui écrivez un message, nous le lui transmettons aussitôt.",
      `Ce lien est valable ${frenchCount(input.validityDays, "jour")}.`,
    ],
    action: { label: "Répondre au candidat", url: input.replyUrl },
  });
}
