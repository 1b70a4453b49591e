import type { TrainingReportDetails } from "../../../domain/training/training-report.ts";
import type { EmailContent } from "./email-content.ts";
import { renderEmail } from "./render-email.ts";
import { reportedLines } from "./training-report-lines.ts";

export type TrainingReportReceivedEmailInput = Readonly<{
  report: TrainingReportDetails & Readonly<{ id: string }>;
  /** The referential's communes for the place given (several share a postcode); empty when none is known. */
  communes: readonly string[];
}>;

/** To support: a training declared to a Carif-Oref does not show on the site (docs/PRODUCT.md §4). */
export function trainingReportReceivedEmail(input: TrainingReportReceivedEmailInput): EmailContent {
  const { report } = input;
  const scope = report.rncp === null && report.cfd === null ? "toutes ses formations" : "certaines de ses formations";
  return renderEmail({
    subject: `Formation absente du site signalée (SIRET ${report.siret})`,
    preheader: `Période d’inscription ${report.period} : à transmettre au Réseau des Carif-Oref.`,
    greeting: "Bonjour,",
    paragraphs: [
      `Un établissement indique que ${scope}, pourtant référencées auprès de son Carif-Oref, ne figurent pas sur La bonne alternance :`,
      ...reportedLines(report, input.communes),
      `Référence du signalement : ${report.id}`,
      "Vérifiez avec le Réseau des Carif-Oref pourquoi ces formations ne sont pas remontées dans le catalogue. Une fois l’anomalie corrigée, marquez le signalement comme résolu (POST /api/v1/admin/training-reports/{id}/resolve) : le déclarant en sera informé par e-mail.",
    ],
  });
}
