/**
 * Every page of the website, with real ids of the demo data read through the JSON API and a signed-in recruiter
 * and CFA for the /espace-pro pages: what the accessibility sweep (tests/e2e/every-page.e2e.ts) audits and
 * `npm run screenshots` photographs.
 */

/** A page of the tour: its address, the status it answers, and who opens it. */
export type TourPage = Readonly<{ name: string; path: string; status: number; as?: "recruiter" | "cfa" }>;

export type Api = (path: string, init?: RequestInit) => Promise<Response>;

/** Demo establishments the tour signs up (each SIRET signs up once per database; the journeys use others). */
export type TourAccounts = Readonly<{ recruiterSiret: string; cfaSiret: string }>;

export type TourSessions = Readonly<{ recruiter: string | null; cfa: string | null }>;

const json = (body: unknown, token?: string): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/** Signs a demo company and a demo CFA up through the API; their login links give the sessions' access tokens. */
export async function tourSessions(api: Api, accounts: TourAccounts): Promise<TourSessions> {
  const contact = { firstName: "Camille", lastName: "Martin", phone: "0612345678" };
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const recruiterEmail = `visite.recruteur+${stamp}@exemple.fr`;
  const cfaEmail = `visite.cfa+${stamp}@cfa-visite.fr`;
  const [recruiter, cfa] = await Promise.all([
    api("/api/v1/recruiters", json({ siret: accounts.recruiterSiret, ...contact, email: recruiterEmail })),
    api("/api/v1/cfas", json({ siret: accounts.cfaSiret, ...contact, email: cfaEmail })),
  ]);
  return {
    recruiter: recruiter.ok ? await sessionFromMailbox(api, recruiterEmail) : null,
    cfa: cfa.ok ? await sessionFromMailbox(api, cfaEmail) : null,
  };
}

async function sessionFromMailbox(api: Api, email: string): Promise<string | null> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const mailbox = (await (await api(`/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
      messages: { links: string[] }[];
    };
    const link = mailbox.messages.flatMap((message) => message.links).find((url) => url.includes("/connexion/"));
    const token = link?.split("/connexion/")[1];
    if (token) {
      const session = await api("/api/v1/auth/session", json({ token }));
      return session.ok ? ((await session.json()) as { accessToken: string }).accessToken : null;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

/** An offer of the signed-in recruiter, published through the API, so that its console pages have one to show. */
async function publishOffer(api: Api, token: string): Promise<string | null> {
  const startDate = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const offer = { romeCode: "D1102", appellation: "Boulanger / Boulangère", contractTypes: ["apprentissage"] };
  const response = await api("/api/v1/offers", json({ ...offer, startDate, durationMonths: 12, openings: 1 }, token));
  return response.ok ? ((await response.json()) as { id: string }).id : null;
}

/** The pages, ids found in the demo data; a page whose id is missing (no such demo item) is left out. */
export async function tourPages(api: Api, sessions: TourSessions): Promise<TourPage[]> {
  const jobs = (await (await api("/api/v1/jobs/search?romes=D1102,M1805&insee=75056&radius=60")).json()) as {
    items?: { kind: string; id: string; canApply: boolean }[];
  };
  const first = (kind: string, canApply?: boolean) =>
    jobs.items?.find((item) => item.kind === kind && (canApply === undefined || item.canApply === canApply))?.id;
  // The demo catalogue (Parcoursup 2020) is post-baccalauréat: commerce (D1401), not bakery.
  const trainings = (await (await api("/api/v1/trainings/search?romes=D1401&insee=75056")).json()) as {
    items?: { id: string; appointmentAvailable: boolean }[];
  };
  const training = trainings.items?.find((item) => item.appointmentAvailable)?.id;
  const offer = first("offer");
  const partnerOffer = first("partner_offer");
  const company = first("company", true) ?? first("company");
  const own = sessions.recruiter ? await publishOffer(api, sessions.recruiter) : null;
  const pages: (TourPage | false | undefined | null | "")[] = [
    { name: "accueil", path: "/", status: 200 },
    { name: "recherche-emplois", path: "/recherche?metier=Boulanger&romes=D1102&lieu=Paris&insee=75056", status: 200 },
    {
      name: "recherche-formations",
      path: "/recherche/formations?metier=Assistant+commercial&romes=D1401&lieu=Paris&insee=75056",
      status: 200,
    },
    { name: "recherche-sans-metier", path: "/recherche?metier=&lieu=Paris", status: 422 },
    { name: "classement", path: "/comment-sont-classes-les-resultats", status: 200 },
    offer && { name: "offre", path: `/offres/${offer}`, status: 200 },
    offer && { name: "candidater", path: `/candidater?offre=${offer}`, status: 200 },
    partnerOffer && { name: "offre-france-travail", path: `/offres-france-travail/${partnerOffer}`, status: 200 },
    company && { name: "entreprise", path: `/entreprises/${company}`, status: 200 },
    company && { name: "candidature-spontanee", path: `/candidater?entreprise=${company}`, status: 200 },
    training && { name: "formation", path: `/formations/${training}`, status: 200 },
    training && { name: "rendez-vous", path: `/formations/${training}/rendez-vous`, status: 200 },
    training && { name: "rendez-vous-envoye", path: `/formations/${training}/rendez-vous/envoyee`, status: 200 },
    { name: "candidature-envoyee", path: "/candidater/envoyee", status: 200 },
    { name: "candidater-sans-destinataire", path: "/candidater", status: 404 },
    { name: "offre-inconnue", path: "/offres/inconnue", status: 404 },
    { name: "formation-inconnue", path: "/formations/inconnue", status: 404 },
    { name: "pro-connexion", path: "/espace-pro/connexion", status: 200 },
    { name: "pro-inscription", path: "/espace-pro/inscription", status: 200 },
    { name: "pro-inscription-entreprise", path: "/espace-pro/inscription/entreprise", status: 200 },
    { name: "pro-inscription-cfa", path: "/espace-pro/inscription/cfa?recherche=CFA", status: 200 },
    { name: "boite-mail", path: "/dev/boite-mail", status: 200 },
    sessions.recruiter && { name: "pro-console", path: "/espace-pro", status: 200, as: "recruiter" },
    sessions.recruiter && { name: "pro-publier", path: "/espace-pro/offres/nouvelle", status: 200, as: "recruiter" },
    own && { name: "pro-offre", path: `/espace-pro/offres/${own}?fait=publiee`, status: 200, as: "recruiter" },
    own && { name: "pro-candidatures", path: `/espace-pro/offres/${own}/candidatures`, status: 200, as: "recruiter" },
    own && { name: "pro-cloturer", path: `/espace-pro/offres/${own}/cloturer`, status: 200, as: "recruiter" },
    sessions.recruiter && {
      name: "pro-mes-informations",
      path: "/espace-pro/mes-informations",
      status: 200,
      as: "recruiter",
    },
    sessions.recruiter && { name: "pro-membres", path: "/espace-pro/membres", status: 200, as: "recruiter" },
    sessions.cfa && { name: "cfa-console", path: "/espace-pro", status: 200, as: "cfa" },
    sessions.cfa && { name: "cfa-partenaires", path: "/espace-pro/entreprises-partenaires", status: 200, as: "cfa" },
  ];
  return pages.filter((page): page is TourPage => Boolean(page));
}
