import type { TrainingReportDetails } from "../../../domain/training/training-report.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";
import { reportedLines, reportScope } from "./training-report-lines.ts";

export type TrainingReportAcknowledgedEmailInput = Readonly<{ report: TrainingReportDetails }>;

/** To the reporter, at once: we have the report, who investigates, and that we will write back (FAQ). */
export function trainingReportAcknowledgedEmail(input: TrainingReportAcknowledgedEmailInput): EmailContent {
  const { report } = input;
  return renderEmail({
    subject: "Nous avons bien reçu votre signalement de formation absente",
    preheader: "Le Réseau des Carif-Oref et notre équipe recherchent la cause de l’anomalie.",
    greeting: "Bonjour,",
    paragraphs: [
      `Merci de nous avoir signalé que ${reportScope(report)}, référencées auprès de votre Carif-Oref, n’apparaissent pas sur La bonne alternance. Voici ce que nous avons enregistré :`,
      ...reportedLines(report),
      "Le Réseau des Carif-Oref et la Mission Apprentissage vont rechercher la cause de cette anomalie. Vous n’avez rien d’autre à faire : nous vous écrirons à cette adresse dès qu’elle sera corrigée.",
      "Si l’une de ces informations est inexacte, envoyez un nouveau signalement avec les bonnes informations.",
    ],
  });
}
