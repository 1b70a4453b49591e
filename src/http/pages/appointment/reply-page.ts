import type { AppointmentUseCases as UseCases } from "../../../application/appointment/index.ts";
import { APPOINTMENT_PAGE_PATHS } from "../../../application/appointment/index.ts";
import type { AnswerIntention } from "../../../domain/appointment/answer.ts";
import { ANSWER_MESSAGE_MAX } from "../../../domain/appointment/answer.ts";
import type { AppointmentRequest } from "../../../domain/appointment/appointment-request.ts";
import { APPLICANT_LABELS, PLATFORM_NAMES, REASON_LABELS } from "../../../domain/appointment/labels.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { err, ok } from "../../../domain/shared/result.ts";
import { appointmentCatalogue } from "../../appointment-errors.ts";
import type { ActionPage, ConfirmView, ResultView } from "../index.ts";

type Deps = Pick<UseCases, "readAppointmentReply" | "answerAppointment">;

const INTENTION_LABELS: Readonly<Record<AnswerIntention, string>> = {
  personalised_answer: "Je réponds au candidat par un message : il le reçoit aussitôt par e-mail",
  other_channel: "Je contacte le candidat par un autre moyen (téléphone, e-mail de l’établissement…)",
  unreachable: "Je n’ai pas réussi à joindre le candidat",
};

function requestDetails(request: AppointmentRequest) {
  const { applicant } = request;
  return [
    { term: "Formation", value: request.training.title },
    { term: APPLICANT_LABELS[applicant.type], value: `${applicant.firstName} ${applicant.lastName}` },
    { term: "E-mail", value: applicant.email },
    { term: "Téléphone", value: frenchPhone(applicant.phone) },
    { term: "Sujets", value: request.reasons.map((reason) => REASON_LABELS[reason]).join(", ") },
    ...(request.message ? [{ term: "Message", value: request.message }] : []),
    { term: "Reçue le", value: `${frenchDate(request.createdAt)}, depuis ${PLATFORM_NAMES[request.platform]}` },
  ];
}

function answeredView(request: AppointmentRequest): ResultView {
  const answer = request.answer;
  return {
    kind: "page",
    title: "Réponse enregistrée",
    message: [
      answer ? `Réponse enregistrée le ${frenchDate(answer.answeredAt)} : ${INTENTION_LABELS[answer.intention]}.` : "",
      ...(answer?.message ? [`Message transmis : « ${answer.message} »`] : []),
      "Merci d’avoir répondu au candidat.",
    ].filter(Boolean),
  };
}

/** The page of the CFA's answer link: the request, then a form with the three answers and a message. */
export function replyPage(useCases: Deps): ActionPage {
  return {
    path: `${APPOINTMENT_PAGE_PATHS.reply}/:token`,
    summary: "Réponse d’un centre de formation à une demande de rendez-vous",
    load: async (token) => {
      const read = await useCases.readAppointmentReply({ token });
      if (!read.ok) return read;
      const request = read.value;
      if (request.answer) {
        const done = answeredView(request);
        return ok({
          title: done.title,
          intro: done.message,
          details: requestDetails(request),
        });
      }
      const view: ConfirmView = {
        title: "Demande de rendez-vous d’un candidat",
        intro: [
          "Un candidat souhaite échanger avec votre établissement. Contactez-le, puis indiquez-nous comment vous lui avez répondu.",
        ],
        details: requestDetails(request),
        fields: [
          {
            kind: "choice",
            name: "intention",
            legend: "Votre réponse",
            required: true,
            options: Object.entries(INTENTION_LABELS).map(([value, label]) => ({ value, label })),
          },
          {
            kind: "textarea",
            name: "message",
            label: "Votre message au candidat",
            hint: "Obligatoire si vous répondez par un message ; il lui est envoyé tel quel.",
            maxLength: ANSWER_MESSAGE_MAX,
          },
        ],
        submitLabel: "Enregistrer ma réponse",
      };
      return ok(view);
    },
    act: async (token, form) => {
      const answered = await useCases.answerAppointment({
        token,
        intention: form.intention ?? "",
        message: form.message,
      });
      if (answered.ok) return ok(answeredView(answered.value));
      const error = answered.error;
      if (error.code === "LINK_INVALID") return err(error);
      if (error.code === "ALREADY_ANSWERED") {
        const again = await useCases.readAppointmentReply({ token });
        return again.ok ? ok(answeredView(again.value)) : err(again.error);
      }
      const message = appointmentCatalogue.ANSWER_INVALID.detail(error);
      return err({ code: "FORM_INVALID", message, field: error.path });
    },
  };
}
