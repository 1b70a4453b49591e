import type * as identity from "../application/identity/index.ts";
import type { readMailbox } from "../application/messaging/index.ts";
import type { lookUpEstablishment } from "../application/recruiter/index.ts";
import type { getRomeFiche, searchCommunes, searchMetiers } from "../application/referential/index.ts";
import type { runJobNow } from "../application/scheduling/index.ts";
import type { checkHealth, getDevFixtures } from "../application/service/index.ts";

/** What the HTTP layer can call: use cases already bound to their ports by the composition root. */
export type UseCases = Readonly<{
  checkHealth: ReturnType<typeof checkHealth>;
  searchMetiers: ReturnType<typeof searchMetiers>;
  getRomeFiche: ReturnType<typeof getRomeFiche>;
  searchCommunes: ReturnType<typeof searchCommunes>;
  lookUpEstablishment: ReturnType<typeof lookUpEstablishment>;
  // Development mode only (/dev routes).
  readMailbox: ReturnType<typeof readMailbox>;
  runJobNow: ReturnType<typeof runJobNow>;
  getDevFixtures: ReturnType<typeof getDevFixtures>;
}> &
  IdentityUseCases;

/** Login, sessions, account, members, support (src/application/identity). */
export type IdentityUseCases = Readonly<{
  requestLoginLink: ReturnType<typeof identity.requestLoginLink>;
  openSession: ReturnType<typeof identity.openSession>;
  authenticate: ReturnType<typeof identity.authenticate>;
  closeSession: ReturnType<typeof identity.closeSession>;
  getMe: ReturnType<typeof identity.getMe>;
  updateMe: ReturnType<typeof identity.updateMe>;
  deleteMe: ReturnType<typeof identity.deleteMe>;
  inviteMember: ReturnType<typeof identity.inviteMember>;
  removeMember: ReturnType<typeof identity.removeMember>;
  listOrganisations: ReturnType<typeof identity.listOrganisations>;
  disableOrganisation: ReturnType<typeof identity.disableOrganisation>;
  previewIdentityLink: ReturnType<typeof identity.previewIdentityLink>;
  confirmEmailChange: ReturnType<typeof identity.confirmEmailChange>;
  acceptInvitation: ReturnType<typeof identity.acceptInvitation>;
}>;
