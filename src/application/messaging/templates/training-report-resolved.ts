import type { TrainingReportDetails } from "../../../domain/training/training-report.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";
import { reportedLines, reportScope } from "./training-report-lines.ts";

export type TrainingReportResolvedEmailInput = Readonly<{
  report: TrainingReportDetails;
  /** Support's message to the reporter, if it wrote one. */
  note: string | null;
}>;

/** To the reporter, when support marks the report resolved (the FAQ's promise to write back). */
export function trainingReportResolvedEmail(input: TrainingReportResolvedEmailInput): EmailContent {
  const { report, note } = input;
  return renderEmail({
    subject: "Votre signalement de formation absente est résolu",
    preheader: "L’anomalie que vous nous avez signalée a été traitée.",
    greeting: "Bonjour,",
    paragraphs: [
      `Vous nous aviez signalé que ${reportScope(report)} n’apparaissaient pas sur La bonne alternance. Le Réseau des Carif-Oref et notre équipe ont traité ce signalement :`,
      ...reportedLines(report),
      ...(note === null ? [] : ["Le message de notre équipe :", note]),
      "Les formations concernées apparaîtront sur le site à la prochaine mise à jour du catalogue. Si ce n’est toujours pas le cas ensuite, envoyez-nous un nouveau signalement.",
    ],
  });
}
