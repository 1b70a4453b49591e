import { requireAdmin } from "../../domain/identity/actor.ts";
import type { AdminOnly } from "../../domain/identity/errors.ts";
import type { Email, EmailError } from "../../domain/shared/email.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { SiretInvalid } from "../../domain/shared/siret.ts";
import {
  newTrainingReport,
  type PlaceUnknown,
  parseResolutionNote,
  parseTrainingReport,
  type ReportPlace,
  type ResolvedTrainingReport,
  resolveTrainingReport,
  type TrainingReport,
  type TrainingReportAlreadyResolved,
  type TrainingReportInput,
  type TrainingReportInvalid,
  type TrainingReportNotFound,
  type TrainingReportStatus,
} from "../../domain/training/training-report.ts";
import type { Actor } from "../identity/index.ts";
import {
  trainingReportAcknowledgedEmail,
  trainingReportReceivedEmail,
  trainingReportResolvedEmail,
} from "../messaging/index.ts";
import type { CommuneReferential } from "../referential/index.ts";
import type { Clock, IdGenerator, UnitOfWork } from "../shared/ports.ts";
import type { TrainingReportRepos } from "./training-report-ports.ts";

/**
 * What the training-report use cases need:
 * - `unitOfWork`: transactions holding the reports and the outbox (each write commits with its emails);
 * - `communes`: the referential's communes (published API `communeReferential`), to refuse an unknown place;
 * - `supportEmails`: where new reports are sent, the support team's addresses (ADMIN_EMAILS,
 *   `config.identity.adminEmails`); empty: reports are only listed, no one is emailed;
 * - `clock`, `ids`: the instant and the report's id.
 */
export type TrainingReportDeps = Readonly<{
  unitOfWork: UnitOfWork<TrainingReportRepos>;
  communes: Pick<CommuneReferential, "findByInsee" | "search">;
  supportEmails: readonly Email[];
  clock: Clock;
  ids: IdGenerator;
}>;

/** Every refusal of these use cases (SIRET_INVALID, EMAIL_MALFORMED and ADMIN_ONLY are presented by their owners). */
export type TrainingReportRefusal =
  | TrainingReportInvalid
  | PlaceUnknown
  | TrainingReportNotFound
  | TrainingReportAlreadyResolved;

/**
 * `POST /api/v1/training-reports`, public (FAQ "Vous avez déjà référencé certaines de vos formations…"): the report
 * is stored, emailed to support and acknowledged to the reporter, in one transaction.
 */
function reportMissingTraining(deps: TrainingReportDeps) {
  return async (
    input: TrainingReportInput,
  ): Promise<Result<TrainingReport, SiretInvalid | EmailError | TrainingReportInvalid | PlaceUnknown>> => {
    const now = deps.clock.now();
    const details = parseTrainingReport(input, now);
    if (!details.ok) return details;
    const communes = await communesAt(deps.communes, details.value.place);
    if (communes.length === 0) return err(placeUnknown(details.value.place));
    const report = newTrainingReport(details.value, deps.ids.next(), now);
    return deps.unitOfWork.run(async ({ trainingReports, outbox }) => {
      await trainingReports.add(report);
      const received = trainingReportReceivedEmail({ report, communes });
      for (const to of deps.supportEmails) {
        await outbox.enqueue(
          { to, ...received },
          { idempotencyKey: `training-report/${report.id}/support/${to}`, now },
        );
      }
      const acknowledged = trainingReportAcknowledgedEmail({ report });
      const idempotencyKey = `training-report/${report.id}/acknowledged`;
      await outbox.enqueue({ to: report.reporterEmail, ...acknowledged }, { idempotencyKey, now });
      return ok(report);
    });
  };
}

type TrainingReportList = Readonly<{
  items: readonly TrainingReport[];
  page: number;
  pageSize: number;
  total: number;
}>;

/** Support: `GET /api/v1/admin/training-reports`, oldest first, paginated, optionally only open or resolved ones. */
function listTrainingReports(deps: Pick<TrainingReportDeps, "unitOfWork">) {
  return async (input: {
    actor: Actor;
    status?: TrainingReportStatus;
    page: number;
    pageSize: number;
  }): Promise<Result<TrainingReportList, AdminOnly>> => {
    const allowed = requireAdmin(input.actor);
    if (!allowed.ok) return allowed;
    const { page, pageSize } = input;
    const query = { status: input.status ?? null, page, pageSize };
    const found = await deps.unitOfWork.run(({ trainingReports }) => trainingReports.list(query));
    return ok({ items: found.items, page, pageSize, total: found.total });
  };
}

type ResolveRefusal = AdminOnly | TrainingReportInvalid | TrainingReportNotFound | TrainingReportAlreadyResolved;

/** Support: `POST /api/v1/admin/training-reports/{id}/resolve`; the reporter is told, with support's message if any. */
function resolveReport(deps: Pick<TrainingReportDeps, "unitOfWork" | "clock">) {
  return async (input: {
    actor: Actor;
    id: string;
    message?: string | null;
  }): Promise<Result<ResolvedTrainingReport, ResolveRefusal>> => {
    const allowed = requireAdmin(input.actor);
    if (!allowed.ok) return allowed;
    const note = parseResolutionNote(input.message);
    if (!note.ok) return note;
    const now = deps.clock.now();
    const alreadyResolved = err<TrainingReportAlreadyResolved>({
      code: "TRAINING_REPORT_ALREADY_RESOLVED",
      id: input.id,
    });
    return deps.unitOfWork.run(async ({ trainingReports, outbox }) => {
      const found = await trainingReports.findById(input.id);
      if (!found) return err<TrainingReportNotFound>({ code: "TRAINING_REPORT_NOT_FOUND", id: input.id });
      const resolved = resolveTrainingReport(found, { by: input.actor.userId, note: note.value, now });
      if (!resolved.ok) return resolved;
      if ((await trainingReports.markResolved(resolved.value)) === "not_open") return alreadyResolved;
      const email = trainingReportResolvedEmail({ report: resolved.value, note: note.value });
      const idempotencyKey = `training-report/${found.id}/resolved`;
      await outbox.enqueue({ to: found.reporterEmail, ...email }, { idempotencyKey, now });
      return ok(resolved.value);
    });
  };
}

/** The names of the communes the place designates (several may share a postcode); empty when none does. */
async function communesAt(communes: TrainingReportDeps["communes"], place: ReportPlace): Promise<string[]> {
  if (place.kind === "insee") {
    const commune = await communes.findByInsee(place.insee);
    return commune ? [commune.name] : [];
  }
  // A postcode serves at most a few dozen communes; the search matches prefixes, hence the exact filter.
  const found = await communes.search(place.postcode, 100);
  return found.filter((commune) => commune.postcodes.includes(place.postcode)).map((commune) => commune.name);
}

function placeUnknown(place: ReportPlace): PlaceUnknown {
  return place.kind === "insee"
    ? { code: "PLACE_UNKNOWN", path: "insee", value: place.insee }
    : { code: "PLACE_UNKNOWN", path: "postcode", value: place.postcode };
}

/** The training-report use cases bound to their ports; the training module spreads them into its own. */
export function trainingReportUseCases(deps: TrainingReportDeps) {
  return {
    reportMissingTraining: reportMissingTraining(deps),
    listTrainingReports: listTrainingReports(deps),
    resolveTrainingReport: resolveReport(deps),
  };
}

export type TrainingReportUseCases = ReturnType<typeof trainingReportUseCases>;
