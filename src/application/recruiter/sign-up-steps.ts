import type { OpcoUnknown, SiretUnknown } from "../../domain/recruiter/errors.ts";
import type { EstablishmentProfile } from "../../domain/recruiter/establishment-profile.ts";
import { type Email, type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { Establishment } from "../../domain/shared/establishment.ts";
import type { PhoneNumber } from "../../domain/shared/phone-number.ts";
import type { RateLimited } from "../../domain/shared/rate-limit.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { parseSiret, type SiretInvalid } from "../../domain/shared/siret.ts";
import type { AccountExists, Registration, RegistrationInput } from "../identity/index.ts";
import type { NomenclatureReferential, Opco } from "../referential/index.ts";
import type { Clock, UnitOfWork } from "../shared/ports.ts";
import type { EstablishmentDirectory, EstablishmentProfileRepository } from "./ports.ts";

/** The person signing up (docs/API.md `POST /recruiters`, `/cfas`); the HTTP edge has checked the phone number. */
export type SignUpContact = Readonly<{ firstName: string; lastName: string; phone: PhoneNumber; email: string }>;

type Member = RegistrationInput["member"];

/**
 * The contact as identity registers it, the email in its canonical (lower-case) form, within the per-address email
 * limit (docs/PRODUCT.md §2 "Abuse limits"): checked before INSEE is asked anything.
 */
export async function parseContact(
  deps: Pick<SignUpDeps, "limitEmailsTo">,
  contact: SignUpContact,
): Promise<Result<Member, EmailError | RateLimited>> {
  const email = parseEmail(contact.email);
  if (!email.ok) return email;
  const limited = await deps.limitEmailsTo(email.value);
  if (limited) return err(limited);
  return ok({ firstName: contact.firstName, lastName: contact.lastName, phone: contact.phone, email: email.value });
}

export type SignedUp = Readonly<{ organisationId: string; userId: string }>;

/**
 * What a sign-up writes in its one transaction: the establishment profile, and the organisation with its first
 * member, login link and welcome email through identity's API bound to that same transaction.
 */
export type SignUpRepos = Readonly<{
  establishmentProfiles: EstablishmentProfileRepository;
  registerOrganisation: (input: RegistrationInput) => Promise<Result<Registration, AccountExists>>;
}>;

export type SignUpDeps = Readonly<{
  /** The per-address bucket of emails sent to an address someone typed (identity's): a sign-up sends a welcome. */
  limitEmailsTo: (email: Email) => Promise<RateLimited | null>;
  clock: Clock;
  unitOfWork: UnitOfWork<SignUpRepos>;
  establishments: EstablishmentDirectory;
  nomenclatures: NomenclatureReferential;
}>;

/** Parses the SIRET and reads it from INSEE. Throws UpstreamUnavailable when INSEE cannot answer. */
export async function findEstablishment(
  deps: Pick<SignUpDeps, "establishments">,
  rawSiret: string,
): Promise<Result<Establishment, SiretInvalid | SiretUnknown>> {
  const siret = parseSiret(rawSiret);
  if (!siret.ok) return siret;
  const establishment = await deps.establishments.findBySiret(siret.value);
  return establishment ? ok(establishment) : err({ code: "SIRET_UNKNOWN", siret: siret.value });
}

/**
 * docs/PRODUCT.md §2: the OPCO found from the SIRET wins; when none is found the recruiter may pick one of the 11
 * ("je ne sais pas" = nothing). A pick is ignored when an OPCO was found: the official attachment is not a choice.
 */
export async function chooseOpco(
  nomenclatures: NomenclatureReferential,
  resolved: Opco | null,
  declared: string | null | undefined,
): Promise<Result<EstablishmentProfile["opco"], OpcoUnknown>> {
  if (resolved) return ok({ code: resolved.code, label: resolved.label, source: "resolved" });
  if (!declared) return ok(null);
  const chosen = (await nomenclatures.listOpcos()).find((opco) => opco.code === declared.trim());
  return chosen
    ? ok({ code: chosen.code, label: chosen.label, source: "declared" })
    : err({ code: "OPCO_UNKNOWN", opco: declared });
}

/**
 * The organisation, its first member, the login link, the welcome email and the establishment profile, in ONE
 * transaction: a refusal (ACCOUNT_EXISTS) is decided before anything is written.
 */
export function register(
  deps: SignUpDeps,
  organisation: RegistrationInput["organisation"],
  member: Member,
  profile: (organisationId: string, now: Date) => EstablishmentProfile,
): Promise<Result<SignedUp, AccountExists>> {
  return deps.unitOfWork.run(async (repos) => {
    const registration = await repos.registerOrganisation({ organisation, member });
    if (!registration.ok) return registration;
    const { organisationId, userId } = registration.value;
    await repos.establishmentProfiles.save(profile(organisationId, deps.clock.now()));
    return ok({ organisationId, userId });
  });
}
