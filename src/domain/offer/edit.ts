import type { RomeFiche } from "../referential/rome-fiche.ts";
import type { ContractType } from "../shared/contract-type.ts";
import type { Email } from "../shared/email.ts";
import { ok, type Result } from "../shared/result.ts";
import type { RomeCode } from "../shared/rome-code.ts";
import { generateOfferDescription } from "./description.ts";
import type { OfferEditRefusal } from "./errors.ts";
import {
  checkContractTypes,
  checkDescription,
  checkDurationMonths,
  checkEmployerDescription,
  checkOpenings,
  checkStartDate,
} from "./field-rules.ts";
import type { ActiveOffer, Offer, OfferFields, Workplace } from "./offer.ts";
import { parisDateOf } from "./paris-calendar.ts";
import { resolveRomeChoice } from "./rome-choice.ts";
import type { OfferSettings } from "./settings.ts";
import { requireLive } from "./status-guards.ts";
import type { TargetDiplomaLevel } from "./target-diploma-level.ts";

/**
 * docs/API.md `PATCH /offers/{id}`: every field a recruiter entered may change (docs/PRODUCT.md §2). An absent field stays
 * as it is; null clears an optional one. Who posts it (organisation, partner SIRET) does not change.
 */
export type OfferChanges = Readonly<{
  romeCode?: RomeCode;
  appellation?: string | null;
  diplomaLevel?: TargetDiplomaLevel;
  contractTypes?: readonly ContractType[];
  startDate?: string;
  durationMonths?: number;
  openings?: number;
  description?: string;
  employerDescription?: string | null;
  contactEmail?: Email;
  workplace?: Workplace;
}>;

/** `fiche` is the referential's fiche for the ROME code the offer will have; only read when the métier changes. */
export type EditContext = Readonly<{ now: Date; fiche: RomeFiche | null; settings: OfferSettings }>;

type FieldChanges = Partial<OfferFields>;

/**
 * Only a live offer is edited: a filled or deleted one is final (OFFER_CLOSED), an expired one is out of search
 * and must be extended first (OFFER_EXPIRED), so that nobody edits an offer nobody sees. Fields are checked
 * with the rules of a new offer, except a start date left unchanged, which may have passed since publication.
 */
export function editOffer(
  offer: Offer,
  changes: OfferChanges,
  context: EditContext,
): Result<ActiveOffer, OfferEditRefusal> {
  const live = requireLive(offer, context.now);
  if (!live.ok) return live;
  const rome = checkRomeChange(live.value, changes, context);
  if (!rome.ok) return rome;
  const terms = checkTermsChange(live.value, changes, context);
  if (!terms.ok) return terms;
  const texts = checkTextChanges(changes, context.settings);
  if (!texts.ok) return texts;
  const { diplomaLevel, contactEmail, workplace } = changes;
  const plain = definedOnly({ diplomaLevel, contactEmail, workplace });
  return ok({ ...live.value, ...rome.value, ...terms.value, ...texts.value, ...plain, updatedAt: context.now });
}

/** A new métier brings a new description from its fiche, unless the same change rewrites the description. */
function checkRomeChange(
  offer: ActiveOffer,
  changes: OfferChanges,
  { fiche, settings }: EditContext,
): Result<FieldChanges, OfferEditRefusal> {
  if (changes.romeCode === undefined && changes.appellation === undefined) return ok({});
  const romeCode = changes.romeCode ?? offer.romeCode;
  const switching = romeCode !== offer.romeCode;
  // The former appellation belongs to the former fiche.
  const appellation = changes.appellation !== undefined ? changes.appellation : switching ? null : offer.appellation;
  const choice = resolveRomeChoice(fiche, romeCode, appellation);
  if (!choice.ok) return choice;
  const chosen = choice.value.fiche;
  const description = switching ? generateOfferDescription(chosen, settings) : undefined;
  return ok(
    definedOnly({ romeCode: chosen.code, romeLabel: chosen.label, appellation: choice.value.appellation, description }),
  );
}

function checkTermsChange(
  offer: ActiveOffer,
  changes: OfferChanges,
  { now, settings }: EditContext,
): Result<FieldChanges, OfferEditRefusal> {
  const contractTypes = optional(changes.contractTypes, checkContractTypes);
  if (!contractTypes.ok) return contractTypes;
  const newStart = changes.startDate === offer.startDate ? undefined : changes.startDate;
  const startDate = optional(newStart, (value) => checkStartDate(value, parisDateOf(now), settings));
  if (!startDate.ok) return startDate;
  const durationMonths = optional(changes.durationMonths, (value) =>
    checkDurationMonths(value, settings.durationMonths),
  );
  if (!durationMonths.ok) return durationMonths;
  const openings = optional(changes.openings, (value) => checkOpenings(value, settings.openings));
  if (!openings.ok) return openings;
  return ok(
    definedOnly({
      contractTypes: contractTypes.value,
      startDate: startDate.value,
      durationMonths: durationMonths.value,
      openings: openings.value,
    }),
  );
}

function checkTextChanges(changes: OfferChanges, settings: OfferSettings): Result<FieldChanges, OfferEditRefusal> {
  const description = optional(changes.description, (value) => checkDescription(value, settings));
  if (!description.ok) return description;
  const employer = optional(changes.employerDescription, (value) => checkEmployerDescription(value, settings));
  if (!employer.ok) return employer;
  return ok(definedOnly({ description: description.value, employerDescription: employer.value }));
}

/** Checks a field only when the change carries it. */
function optional<T, U, E>(value: T | undefined, check: (value: T) => Result<U, E>): Result<U | undefined, E> {
  return value === undefined ? ok(undefined) : check(value);
}

/** Drops absent fields, so that spreading the changes never writes `undefined` over a value. */
function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
