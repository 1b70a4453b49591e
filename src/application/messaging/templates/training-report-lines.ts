import type { TrainingReportDetails } from "../../../domain/training/training-report.ts";

/**
 * What was reported, one line per field, as the three training-report emails repeat it: the reporter recognises
 * their report, support has what the Carif-Oref network needs to investigate. `communes`: the names the referential
 * gives the place, when known.
 */
export function reportedLines(report: TrainingReportDetails, communes: readonly string[] = []): string[] {
  const { place } = report;
  const code = place.kind === "insee" ? `code commune INSEE ${place.insee}` : `code postal ${place.postcode}`;
  const names = communes.length > 0 ? ` (${communes.join(", ")})` : "";
  return [
    `SIRET : ${report.siret}`,
    `Code RNCP : ${report.rncp ?? "non précisé"}`,
    `Code diplôme (CFD) : ${report.cfd ?? "non précisé"}`,
    `Période d’inscription : ${report.period}`,
    `Lieu de la formation : ${code}${names}`,
    `Signalé par : ${report.reporterEmail}`,
  ];
}

/** The report is about some trainings (an RNCP or diploma code) or about all of the establishment's. */
export function reportScope(report: TrainingReportDetails): string {
  return report.rncp === null && report.cfd === null ? "vos formations" : "certaines de vos formations";
}
