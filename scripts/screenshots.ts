/**
 * `npm run screenshots` — every page of the website at 390×844 (a phone) and 1280×900, full height, in
 * `.screenshots/` (git-ignored; for review, never committed). Starts its own service as `npm start` runs it
 * (tests/e2e/support/service-process.ts), finds demo ids through the JSON API, signs a demo recruiter in for the
 * /espace-pro pages, and drives Debian's Chromium. `--only=<substring>` keeps the pages whose name contains it.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { launchChromiumAt } from "../tests/e2e/support/chromium.ts";
import { startServiceProcess } from "../tests/e2e/support/service-process.ts";

const OUT = ".screenshots";
const VIEWPORTS = [
  { name: "telephone", width: 390, height: 844 },
  { name: "bureau", width: 1280, height: 900 },
] as const;

type Shot = Readonly<{ name: string; path: string; signedIn?: boolean }>;

async function main() {
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  const service = await startServiceProcess();
  const browser = await launchChromiumAt();
  try {
    const api = (path: string, init?: RequestInit) => fetch(`${service.url}${path}`, init);
    const session = await demoRecruiterSession(api);
    const ownOffer = session ? await publishDemoOffer(api, session) : null;
    const shots = [...(await pagesToShoot(api)), ...recruiterOfferPages(ownOffer)].filter(
      (shot) => !only || shot.name.includes(only),
    );
    await mkdir(OUT, { recursive: true });
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ viewport, locale: "fr-FR", timezoneId: "Europe/Paris" });
      if (session) await signIn(context, service.url, session);
      const page = await context.newPage();
      for (const shot of shots) {
        const response = await page.goto(`${service.url}${shot.path}`);
        const file = join(OUT, `${shot.name}-${viewport.name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${response?.status() ?? "?"} ${shot.path} → ${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await service.stop();
  }
}

type Api = (path: string, init?: RequestInit) => Promise<Response>;

/** The pages, with real ids of the demo data (read through the JSON API). */
async function pagesToShoot(api: Api): Promise<Shot[]> {
  const jobs = (await (await api("/api/v1/jobs/search?romes=D1102,M1805&insee=75056&radius=60")).json()) as {
    items?: { kind: string; id: string }[];
  };
  const first = (kind: string) => jobs.items?.find((item) => item.kind === kind)?.id;
  // The demo catalogue (Parcoursup 2020) is post-baccalauréat: commerce (D1401), not bakery.
  const trainings = (await (await api("/api/v1/trainings/search?romes=D1401&insee=75056")).json()) as {
    items?: { id: string; appointmentAvailable: boolean }[];
  };
  const training = trainings.items?.find((item) => item.appointmentAvailable)?.id ?? trainings.items?.[0]?.id;
  const offer = first("offer");
  const partnerOffer = first("partner_offer");
  const company = first("company");
  const shots: (Shot | null)[] = [
    { name: "accueil", path: "/" },
    { name: "recherche-emplois", path: "/recherche?metier=Boulanger&romes=D1102&lieu=Paris&insee=75056&rayon=30" },
    {
      name: "recherche-formations",
      path: "/recherche/formations?metier=Assistant+commercial&romes=D1401&lieu=Paris&insee=75056",
    },
    { name: "recherche-sans-metier", path: "/recherche?metier=&lieu=Paris" },
    { name: "classement", path: "/comment-sont-classes-les-resultats" },
    offer ? { name: "offre", path: `/offres/${offer}` } : null,
    offer ? { name: "candidater", path: `/candidater?offre=${offer}` } : null,
    partnerOffer ? { name: "offre-france-travail", path: `/offres-france-travail/${partnerOffer}` } : null,
    company ? { name: "entreprise", path: `/entreprises/${company}` } : null,
    training ? { name: "formation", path: `/formations/${training}` } : null,
    training ? { name: "rendez-vous", path: `/formations/${training}/rendez-vous` } : null,
    training ? { name: "rendez-vous-envoye", path: `/formations/${training}/rendez-vous/envoyee` } : null,
    { name: "candidature-envoyee", path: "/candidater/envoyee" },
    { name: "page-inconnue", path: "/offres/inconnue" },
    { name: "pro-connexion", path: "/espace-pro/connexion" },
    { name: "pro-inscription", path: "/espace-pro/inscription" },
    { name: "pro-inscription-entreprise", path: "/espace-pro/inscription/entreprise" },
    { name: "pro-inscription-cfa", path: "/espace-pro/inscription/cfa" },
    { name: "boite-mail", path: "/dev/boite-mail" },
    { name: "pro-console", path: "/espace-pro", signedIn: true },
    { name: "pro-publier", path: "/espace-pro/offres/nouvelle", signedIn: true },
    { name: "pro-mes-informations", path: "/espace-pro/mes-informations", signedIn: true },
    { name: "pro-membres", path: "/espace-pro/membres", signedIn: true },
  ];
  return shots.filter((shot): shot is Shot => shot !== null);
}

/** The signed-in recruiter's own offer: its edit page, its applications, the close form. */
function recruiterOfferPages(offerId: string | null): Shot[] {
  if (!offerId) return [];
  return [
    { name: "pro-offre", path: `/espace-pro/offres/${offerId}?fait=publiee`, signedIn: true },
    { name: "pro-candidatures", path: `/espace-pro/offres/${offerId}/candidatures`, signedIn: true },
    { name: "pro-cloturer", path: `/espace-pro/offres/${offerId}/cloturer`, signedIn: true },
  ];
}

/** An offer of the demo recruiter, published through the API (the console's pages then have one to show). */
async function publishDemoOffer(api: Api, accessToken: string): Promise<string | null> {
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const response = await api("/api/v1/offers", {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      romeCode: "D1102",
      appellation: "Boulanger / Boulangère",
      contractTypes: ["apprentissage"],
      startDate: start,
      durationMonths: 12,
      openings: 1,
    }),
  });
  return response.ok ? ((await response.json()) as { id: string }).id : null;
}

/** A demo company signs up through the API; its welcome email's link gives the session's access token. */
async function demoRecruiterSession(api: Api): Promise<string | null> {
  const fixtures = (await (await api("/dev/fixtures")).json()) as { companyOpen?: string | null };
  if (!fixtures.companyOpen) return null;
  const email = `demo.captures+${Date.now()}@exemple.fr`;
  const signUp = await api("/api/v1/recruiters", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      siret: fixtures.companyOpen,
      firstName: "Camille",
      lastName: "Martin",
      phone: "0612345678",
      email,
    }),
  });
  if (!signUp.ok) return null;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const mailbox = (await (await api(`/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
      messages: { links: string[] }[];
    };
    const link = mailbox.messages.flatMap((message) => message.links).find((url) => url.includes("/connexion/"));
    const token = link?.split("/connexion/")[1];
    if (token) {
      const session = await api("/api/v1/auth/session", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      });
      return session.ok ? ((await session.json()) as { accessToken: string }).accessToken : null;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

async function signIn(context: BrowserContext, url: string, accessToken: string) {
  await context.addCookies([{ name: "session", value: accessToken, url, httpOnly: true, sameSite: "Lax" }]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
