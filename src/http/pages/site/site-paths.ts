/**
 * The addresses the site's shared frame links to (header, footer, login redirects). Each page's own path lives
 * with its context's pages; these are the few every page needs to know.
 */
export const SITE_PATHS = {
  home: "/",
  /** The recruiter and CFA space: the console once signed in, else the way in (sign-up or login). */
  pro: "/espace-pro",
  login: "/espace-pro/connexion",
  logout: "/espace-pro/deconnexion",
  ranking: "/comment-sont-classes-les-resultats",
  apiDocs: "/docs",
  assets: "/assets",
  devMailbox: "/dev/boite-mail",
} as const;

/** What a candidate may apply to from here: an offer posted here, a France Travail offer, an algorithm company. */
export type ApplyTarget = Readonly<{ kind: "offer" | "partner_offer" | "company"; id: string }>;

/** The query parameter of `/candidater` that names each kind of target. */
export const APPLY_PARAMETERS = { offer: "offre", partner_offer: "offreFranceTravail", company: "entreprise" } as const;

/** The apply form for one target ("Postuler" on the result cards and the detail pages). */
export const applyHref = (target: ApplyTarget) =>
  `/candidater?${APPLY_PARAMETERS[target.kind]}=${encodeURIComponent(target.id)}`;

/** The public page of a search result: an offer posted here, a France Travail offer, a company. */
export function detailHref(target: ApplyTarget): string {
  const id = encodeURIComponent(target.id);
  if (target.kind === "offer") return `/offres/${id}`;
  return target.kind === "partner_offer" ? `/offres-france-travail/${id}` : `/entreprises/${id}`;
}

/** A training's page, and its appointment form (the training and appointment contexts' pages link to each other). */
export const trainingHref = (trainingId: string) => `/formations/${encodeURIComponent(trainingId)}`;
export const appointmentHref = (trainingId: string) => `${trainingHref(trainingId)}/rendez-vous`;

/** An offer's applications in the recruiter's space (the console's cards and the application emails link to it). */
export const applicationsHref = (offerId: string) => `/espace-pro/offres/${encodeURIComponent(offerId)}/candidatures`;

/** A CFA's partner companies (the CFA-mandate context's page; a CFA's console links to it). */
export const PARTNERS_PATH = "/espace-pro/entreprises-partenaires";

/** The console's publish form for one of a CFA's partner companies (the partners page links to it). */
export const publishForPartnerHref = (siret: string) =>
  `/espace-pro/offres/nouvelle?partenaire=${encodeURIComponent(siret)}`;
