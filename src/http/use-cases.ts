import type * as cfaMandate from "../application/cfa-mandate/index.ts";
import type * as identity from "../application/identity/index.ts";
import type { readMailbox } from "../application/messaging/index.ts";
import type * as offer from "../application/offer/index.ts";
import type * as partnerAccess from "../application/partner-access/index.ts";
import type * as recruiter from "../application/recruiter/index.ts";
import type { getRomeFiche, searchCommunes, searchMetiers } from "../application/referential/index.ts";
import type { runJobNow } from "../application/scheduling/index.ts";
import type { checkHealth, getDevFixtures } from "../application/service/index.ts";

/** What the HTTP layer can call: use cases already bound to their ports by the composition root. */
export type UseCases = Readonly<{
  checkHealth: ReturnType<typeof checkHealth>;
  searchMetiers: ReturnType<typeof searchMetiers>;
  getRomeFiche: ReturnType<typeof getRomeFiche>;
  searchCommunes: ReturnType<typeof searchCommunes>;
  // Development mode only (/dev routes).
  readMailbox: ReturnType<typeof readMailbox>;
  runJobNow: ReturnType<typeof runJobNow>;
  getDevFixtures: ReturnType<typeof getDevFixtures>;
}> &
  IdentityUseCases &
  RecruiterUseCases &
  OfferUseCases &
  PartnerAccessUseCases &
  CfaMandateUseCases;

/** A CFA's partner companies, "mandats" (src/application/cfa-mandate). */
export type CfaMandateUseCases = Readonly<{
  addPartnerCompany: ReturnType<typeof cfaMandate.addPartnerCompany>;
  listPartnerCompanies: ReturnType<typeof cfaMandate.listPartnerCompanies>;
}>;

/** Partner platforms' API keys and quotas (src/application/partner-access). */
export type PartnerAccessUseCases = Readonly<{
  authenticatePartner: ReturnType<typeof partnerAccess.authenticatePartner>;
  issuePartnerApiKey: ReturnType<typeof partnerAccess.issuePartnerApiKey>;
}>;

/** Offer lifecycle, console, public view, email links (src/application/offer). */
export type OfferUseCases = Readonly<{
  createOffer: ReturnType<typeof offer.createOffer>;
  editOffer: ReturnType<typeof offer.editOffer>;
  extendOffer: ReturnType<typeof offer.extendOffer>;
  closeOffer: ReturnType<typeof offer.closeOffer>;
  listConsoleOffers: ReturnType<typeof offer.listConsoleOffers>;
  getManagedOffer: ReturnType<typeof offer.getManagedOffer>;
  getPublicOffer: ReturnType<typeof offer.getPublicOffer>;
  previewOfferAction: ReturnType<typeof offer.previewOfferAction>;
  actOnOfferAction: ReturnType<typeof offer.actOnOfferAction>;
  listNearbyCfas: ReturnType<typeof offer.listNearbyCfas>;
  shareOfferWithCfas: ReturnType<typeof offer.shareOfferWithCfas>;
  readPartnerFeed: ReturnType<typeof offer.readPartnerFeed>;
}>;

/** Establishment look-up and company/CFA sign-up (src/application/recruiter). */
export type RecruiterUseCases = Readonly<{
  lookUpEstablishment: ReturnType<typeof recruiter.lookUpEstablishment>;
  listOpcos: ReturnType<typeof recruiter.listOpcos>;
  signUpCompany: ReturnType<typeof recruiter.signUpCompany>;
  signUpCfa: ReturnType<typeof recruiter.signUpCfa>;
  describeOrganisation: ReturnType<typeof recruiter.describeOrganisation>;
}>;

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
