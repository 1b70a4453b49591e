import type { RomeFiche } from "../referential/rome-fiche.ts";
import type { ContractType } from "../shared/contract-type.ts";
import type { Email } from "../shared/email.ts";
import { ok, type Result } from "../shared/result.ts";
import type { RomeCode } from "../shared/rome-code.ts";
import type { Siret } from "../shared/siret.ts";
import { generateOfferDescription } from "./description.ts";
import type { OfferDraftRefusal } from "./errors.ts";
import {
  checkContractTypes,
  checkDurationMonths,
  checkEmployerDescription,
  checkOpenings,
  checkStartDate,
} from "./field-rules.ts";
import type { OfferFields, Workplace } from "./offer.ts";
import type { CalendarDate } from "./paris-calendar.ts";
import { resolveRomeChoice } from "./rome-choice.ts";
import type { OfferSettings } from "./settings.ts";
import type { TargetDiplomaLevel } from "./target-diploma-level.ts";

/**
 * A new offer as submitted (docs/API.md `POST /offers`), once the application has settled who posts it, the contact
 * email (default: the member's), the workplace (default: the SIRET's address) and the partner SIRET.
 */
export type OfferDraft = Readonly<{
  organisationId: string;
  createdBy: string;
  romeCode: RomeCode;
  appellation: string | null;
  diplomaLevel: TargetDiplomaLevel;
  contractTypes: readonly ContractType[];
  /** YYYY-MM-DD, checked here. */
  startDate: string;
  durationMonths: number;
  openings: number;
  employerDescription: string | null;
  contactEmail: Email;
  workplace: Workplace;
  partnerSiret: Siret | null;
  /** The public employer's name (see OfferFields). */
  employerName: string;
}>;

/** Every field an offer gets from its draft, checked and normalised, with the generated description. */
export type CheckedOfferDraft = Omit<
  OfferFields,
  "id" | "createdAt" | "updatedAt" | "expiresAt" | "lifeNumber" | "remindersSent" | "version"
>;

/** `fiche` is the referential's fiche for `draft.romeCode` (null if none); `today` is the Paris date of now. */
export type DraftCheckContext = Readonly<{ fiche: RomeFiche | null; today: CalendarDate; settings: OfferSettings }>;

type CheckedTerms = Pick<
  CheckedOfferDraft,
  "contractTypes" | "startDate" | "durationMonths" | "openings" | "employerDescription"
>;

/** Fields are checked in the form's order; the first refusal is returned. */
export function checkOfferDraft(
  draft: OfferDraft,
  { fiche, today, settings }: DraftCheckContext,
): Result<CheckedOfferDraft, OfferDraftRefusal> {
  const rome = resolveRomeChoice(fiche, draft.romeCode, draft.appellation);
  if (!rome.ok) return rome;
  const terms = checkTerms(draft, today, settings);
  if (!terms.ok) return terms;
  const { organisationId, createdBy, diplomaLevel, contactEmail, workplace, partnerSiret, employerName } = draft;
  return ok({
    organisationId,
    createdBy,
    romeCode: rome.value.fiche.code,
    romeLabel: rome.value.fiche.label,
    appellation: rome.value.appellation,
    diplomaLevel,
    ...terms.value,
    description: generateOfferDescription(rome.value.fiche, settings),
    contactEmail,
    workplace,
    partnerSiret,
    employerName,
  });
}

function checkTerms(
  draft: OfferDraft,
  today: CalendarDate,
  settings: OfferSettings,
): Result<CheckedTerms, OfferDraftRefusal> {
  const contractTypes = checkContractTypes(draft.contractTypes);
  if (!contractTypes.ok) return contractTypes;
  const startDate = checkStartDate(draft.startDate, today, settings);
  if (!startDate.ok) return startDate;
  const durationMonths = checkDurationMonths(draft.durationMonths, settings.durationMonths);
  if (!durationMonths.ok) return durationMonths;
  const openings = checkOpenings(draft.openings, settings.openings);
  if (!openings.ok) return openings;
  const employerDescription = checkEmployerDescription(draft.employerDescription, settings);
  if (!employerDescription.ok) return employerDescription;
  return ok({
    contractTypes: contractTypes.value,
    startDate: startDate.value,
    durationMonths: durationMonths.value,
    openings: openings.value,
    employerDescription: employerDescription.value,
  });
}
