import type { IdentityPublishedApi, OrganisationMember } from "../identity/index.ts";
import type { NomenclatureReferential } from "../referential/index.ts";
import type { UnitOfWork } from "../shared/ports.ts";
import type { TrainingProviderRegistry } from "../training/index.ts";
import { describeOrganisation } from "./describe-organisation.ts";
import { establishmentProfileOf } from "./establishment-profile-of.ts";
import { listOpcos } from "./list-opcos.ts";
import { lookUpEstablishment } from "./look-up-establishment.ts";
import type { EstablishmentDirectory, EstablishmentProfileRepository, OpcoResolver } from "./ports.ts";
import { requestToJoin } from "./request-to-join.ts";
import { signUpCfa } from "./sign-up-cfa.ts";
import { signUpCompany } from "./sign-up-company.ts";
import { signUpDemoCompany } from "./sign-up-demo-company.ts";
import type { SignUpDeps, SignUpRepos } from "./sign-up-steps.ts";

/** Every port the recruiter use cases need: the production adapters or the in-memory fakes, same wiring. */
export type RecruiterDeps = Readonly<{
  clock: SignUpDeps["clock"];
  unitOfWork: UnitOfWork<SignUpRepos>;
  /** The same, registering through identity's demo registration (an account as a confirmed sign-up leaves it). */
  demoUnitOfWork: UnitOfWork<SignUpRepos>;
  establishments: EstablishmentDirectory;
  opcoResolver: OpcoResolver;
  nomenclatures: NomenclatureReferential;
  trainingProviders: TrainingProviderRegistry;
  establishmentProfiles: EstablishmentProfileRepository;
  listMembers: (organisationId: string) => Promise<readonly OrganisationMember[]>;
  limitEmailsTo: SignUpDeps["limitEmailsTo"];
  requestToJoin: IdentityPublishedApi["requestToJoin"];
}>;

/** The recruiter use cases bound to their ports: what the HTTP layer calls. */
export function recruiterUseCases(deps: RecruiterDeps) {
  const { establishments, opcoResolver, nomenclatures, trainingProviders } = deps;
  const { clock, unitOfWork, limitEmailsTo } = deps;
  const signUp = { clock, unitOfWork, establishments, nomenclatures, limitEmailsTo };
  return {
    lookUpEstablishment: lookUpEstablishment({ establishments, opcoResolver, nomenclatures }),
    listOpcos: listOpcos({ nomenclatures }),
    signUpCompany: signUpCompany({ ...signUp, opcoResolver }),
    signUpCfa: signUpCfa({ ...signUp, trainingProviders }),
    describeOrganisation: describeOrganisation(deps),
    requestToJoin: requestToJoin(deps),
  };
}

export type RecruiterUseCases = ReturnType<typeof recruiterUseCases>;

/** What the recruiter context offers the others. */
export function recruiterPublishedApi(deps: RecruiterDeps) {
  return {
    /** INSEE's directory (behind its cache) and the OPCO resolver: a CFA's partner companies are checked alike. */
    establishments: deps.establishments,
    opcoResolver: deps.opcoResolver,
    /** The establishment an organisation signed up with: name shown, address, OPCO; null without a profile. */
    establishmentProfileOf: establishmentProfileOf(deps),
    /** Whether a SIRET is a training establishment of the catalogue (CFA sign-up, nearby CFAs). */
    trainingProviders: deps.trainingProviders,
    /** DEMO DATA: a generated company's account, confirmed at once (the demo offers' posters). */
    signUpDemoCompany: signUpDemoCompany({
      clock: deps.clock,
      unitOfWork: deps.demoUnitOfWork,
      establishments: deps.establishments,
      nomenclatures: deps.nomenclatures,
      opcoResolver: deps.opcoResolver,
    }),
  };
}

export type RecruiterPublishedApi = ReturnType<typeof recruiterPublishedApi>;
