import {
  APPLICATION_PAGE_PATHS,
  INTENTION_PARAMETER,
  INTENTIONS,
  type Intention,
  type JobApplication,
  type JobApplicationUseCases as UseCases,
} from "../../../application/job-application/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { err, ok } from "../../../domain/shared/result.ts";
import { APPLICATION_MESSAGE_MAX } from "../../schemas/job-application.schema.ts";
import type { ActionPage, ConfirmView, ResultView } from "../index.ts";

type Deps = Pick<UseCases, "previewApplicationResponse" | "respondToApplication">;

const INTENTION_LABELS: Readonly<Record<Intention, string>> = {
  interview: "Je propose un entretien au candidat",
  later: "Je garde sa candidature pour plus tard",
  refuse: "Je ne donne pas suite",
};

const isIntention = (value: string | null | undefined): value is Intention =>
  INTENTIONS.some((intention) => intention === value);

function details(application: JobApplication) {
  const { candidate, snapshot } = application;
  return [
    { term: application.target.kind === "company" ? "Candidature spontanée" : "Offre", value: snapshot.title },
    { term: "Candidat", value: `${candidate.firstName} ${candidate.lastName}` },
    { term: "E-mail", value: candidate.email },
    ...(candidate.phone ? [{ term: "Téléphone", value: frenchPhone(candidate.phone) }] : []),
    ...(application.message ? [{ term: "Message", value: application.message }] : []),
    { term: "Reçue le", value: frenchDate(application.createdAt) },
    ...(application.answer
      ? [
          {
            term: "Votre réponse actuelle",
            value: `${INTENTION_LABELS[application.answer.intention]} (le ${frenchDate(application.answer.answeredAt)})`,
          },
        ]
      : []),
  ];
}

function answeredView(application: JobApplication, changed: boolean): ResultView {
  const answer = application.answer;
  return {
    kind: "page",
    title: "Réponse enregistrée",
    message: [
      answer ? `${INTENTION_LABELS[answer.intention]}.` : "",
      changed
        ? `${application.candidate.firstName} vient d’être prévenu(e) par e-mail${answer?.message ? ", avec votre message" : ""}.`
        : "Cette réponse était déjà enregistrée : le candidat l’a déjà reçue.",
      "Vous pouvez changer d’avis avec le même lien : le candidat sera prévenu de la nouvelle réponse.",
    ].filter(Boolean),
  };
}

/**
 * The page of the three buttons of the company's email (docs/API.md "Action pages"): GET shows the application and
 * the answer the button chose (nothing changes: mail scanners follow links), the form's POST records it and the
 * candidate is emailed at once.
 */
export function responsePage(useCases: Deps): ActionPage {
  return {
    path: `${APPLICATION_PAGE_PATHS.response}/:token`,
    summary: "Réponse d’une entreprise à une candidature",
    load: async (token, query) => {
      const read = await useCases.previewApplicationResponse(token);
      if (!read.ok) return read;
      const { application } = read.value;
      const chosen = query.get(INTENTION_PARAMETER);
      const current = isIntention(chosen) ? chosen : application.answer?.intention;
      const view: ConfirmView = {
        title: "Répondre à une candidature",
        intro: [
          `Choisissez votre réponse : ${application.candidate.firstName} la reçoit aussitôt par e-mail, avec votre message si vous en écrivez un.`,
          `Ce lien reste valable jusqu’au ${frenchDate(read.value.linkExpiresAt)}.`,
        ],
        details: details(application),
        fields: [
          {
            kind: "choice",
            name: "intention",
            legend: "Votre réponse",
            required: true,
            options: INTENTIONS.map((value) => ({ value, label: INTENTION_LABELS[value] })),
          },
          {
            kind: "textarea",
            name: "message",
            label: "Votre message au candidat (facultatif)",
            hint: "Par exemple les disponibilités pour un entretien ; il lui est transmis tel quel.",
            maxLength: APPLICATION_MESSAGE_MAX,
          },
        ],
        submitLabel: "Envoyer ma réponse",
        ...(current ? { values: { intention: current } } : {}),
      };
      return ok(view);
    },
    act: async (token, form) => {
      const intention = form.intention;
      if (!isIntention(intention)) {
        return err({ code: "FORM_INVALID", message: "Choisissez l’une des trois réponses.", field: "intention" });
      }
      const message = form.message?.trim() || null;
      if (message && message.length > APPLICATION_MESSAGE_MAX) {
        return err({
          code: "FORM_INVALID",
          message: "Le message est trop long (5 000 caractères au plus).",
          field: "message",
        });
      }
      const answered = await useCases.respondToApplication({ token, intention, message });
      if (!answered.ok) return err(answered.error);
      return ok(answeredView(answered.value.application, answered.value.changed));
    },
  };
}
