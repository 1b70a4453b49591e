import type { ContactSameAsCfa, PartnerExists } from "../../domain/cfa-mandate/errors.ts";
import { newPartnerCompany, type PartnerCompany } from "../../domain/cfa-mandate/partner-company.ts";
import { checkPartnerContact, type PartnerContact } from "../../domain/cfa-mandate/partner-contact.ts";
import { type EmailError, parseEmail } from "../../domain/shared/email.ts";
import type { PhoneNumber } from "../../domain/shared/phone-number.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import { parseSiret, type Siret, type SiretInvalid } from "../../domain/shared/siret.ts";
import type { Actor, User } from "../identity/index.ts";
import {
  type CompanyRefusal,
  checkCompanyEligibility,
  type EstablishmentDirectory,
  type OpcoResolver,
  type SiretUnknown,
} from "../recruiter/index.ts";
import type { Clock, IdGenerator } from "../shared/ports.ts";
import { type ActingCfaRefusal, actingCfa } from "./acting-cfa.ts";
import type { PartnerCompanyRepository } from "./ports.ts";

/** `POST /api/v1/cfa/partners`; the HTTP edge has checked the phone number (E.164). */
export type PartnerCompanyInput = Readonly<{
  siret: string;
  firstName: string;
  lastName: string;
  phone: PhoneNumber;
  email: string;
}>;

export type AddPartner = Readonly<{ actor: Actor; input: PartnerCompanyInput }>;

export type AddPartnerRefusal =
  | ActingCfaRefusal
  | SiretInvalid
  | EmailError
  | PartnerExists
  | ContactSameAsCfa
  | SiretUnknown
  | CompanyRefusal;

export type AddPartnerDeps = Readonly<{
  partnerCompanies: PartnerCompanyRepository;
  establishments: EstablishmentDirectory;
  opcoResolver: OpcoResolver;
  /** The acting member as identity knows them now (email, phone); null for a person deleted meanwhile. */
  findUser: (userId: string) => Promise<Pick<User, "email" | "phone"> | null>;
  clock: Clock;
  ids: IdGenerator;
}>;

/**
 * FAQ "CFA, comment ajouter mes entreprises partenaires ?": the CFA gives the company's SIRET and recruitment
 * contact. The company must pass a company account's checks (open, diffusible, not NAF 85: docs/PRODUCT.md §3), its
 * contact must not be the CFA's own, and a SIRET is added once per CFA. Cheap checks come before INSEE's; an INSEE
 * outage throws UpstreamUnavailable before anything is written. The one write is the partner itself.
 */
export function addPartnerCompany(deps: AddPartnerDeps) {
  return async ({ actor, input }: AddPartner): Promise<Result<PartnerCompany, AddPartnerRefusal>> => {
    const cfa = actingCfa(actor);
    if (!cfa.ok) return cfa;
    const parsed = parseInput(input);
    if (!parsed.ok) return parsed;
    const { siret } = parsed.value;
    const cfaOrganisationId = cfa.value.id;
    const exists = err<PartnerExists>({ code: "PARTNER_EXISTS", cfaOrganisationId, siret });
    if (await deps.partnerCompanies.findByCfaAndSiret(cfaOrganisationId, siret)) return exists;
    const user = await deps.findUser(actor.userId);
    const cfaUser = { email: user?.email ?? actor.email, phone: user?.phone ?? null };
    const contact = checkPartnerContact(parsed.value.contact, cfaUser);
    if (!contact.ok) return contact;
    const eligible = await eligibleCompany(deps.establishments, siret);
    if (!eligible.ok) return eligible;
    const establishment = eligible.value;
    const opco = await deps.opcoResolver.resolve(siret, establishment.idccs);
    const [id, now] = [deps.ids.next(), deps.clock.now()];
    const partner = newPartnerCompany({ id, cfaOrganisationId, establishment, opco, contact: contact.value, now });
    return (await deps.partnerCompanies.add(partner)) === "added" ? ok(partner) : exists;
  };
}

/** The SIRET and the contact's email in their canonical forms (digits only; trimmed, lower-case). */
function parseInput(
  input: PartnerCompanyInput,
): Result<{ siret: Siret; contact: PartnerContact }, SiretInvalid | EmailError> {
  const siret = parseSiret(input.siret);
  if (!siret.ok) return siret;
  const email = parseEmail(input.email);
  if (!email.ok) return email;
  const { firstName, lastName, phone } = input;
  return ok({ siret: siret.value, contact: { firstName, lastName, phone, email: email.value } });
}

/** INSEE's establishment, refused as a company account would be. Throws UpstreamUnavailable when INSEE is down. */
async function eligibleCompany(establishments: EstablishmentDirectory, siret: Siret) {
  const establishment = await establishments.findBySiret(siret);
  if (!establishment) return err<SiretUnknown>({ code: "SIRET_UNKNOWN", siret });
  return checkCompanyEligibility(establishment);
}
