import type { NafCode } from "../shared/naf-code.ts";
import type { Siret } from "../shared/siret.ts";

/** No establishment with this SIRET in Sirene (a company created days ago may not be referenced yet). */
export type SiretUnknown = Readonly<{ code: "SIRET_UNKNOWN"; siret: Siret }>;

/** INSEE does not publish this establishment's legal data. */
export type EstablishmentNonDiffusible = Readonly<{ code: "ESTABLISHMENT_NON_DIFFUSIBLE"; siret: Siret }>;

/** Sirene's administrative state is "F" (fermé). */
export type EstablishmentClosed = Readonly<{ code: "ESTABLISHMENT_CLOSED"; siret: Siret }>;

/** NAF division 85 (education): such an establishment signs up as a CFA, not as a company (FAQ). */
export type EducationNaf = Readonly<{ code: "EDUCATION_NAF"; siret: Siret; nafCode: NafCode }>;

/** CFA sign-up: the apprenticeship catalogue (Carif-Oref) does not list this SIRET as a training establishment. */
export type CfaNotInCatalogue = Readonly<{ code: "CFA_NOT_IN_CATALOGUE"; siret: Siret }>;

/** CFA sign-up: the establishment is in the catalogue but not Qualiopi-certified. */
export type CfaNotQualiopi = Readonly<{ code: "CFA_NOT_QUALIOPI"; siret: Siret }>;

/** The OPCO chosen at sign-up is not one of the 11 OPCO. */
export type OpcoUnknown = Readonly<{ code: "OPCO_UNKNOWN"; opco: string }>;
