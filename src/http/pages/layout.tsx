import type { Child } from "hono/jsx";
import { PAGE_STYLE } from "./page-style.ts";
import { SITE_PATHS } from "./site/site-paths.ts";

const SERVICE_NAME = "La bonne alternance";

/** Which item of the header's menu the page belongs to (`aria-current`). */
type Section = "candidate" | "pro" | "about";

type LayoutProps = Readonly<{
  title: string;
  children?: Child;
  /** A public page search engines may list (an online offer, the home page); action pages are never indexed. */
  indexable?: boolean;
  /** Extra head elements (an offer's JSON-LD). */
  head?: Child;
  /** Our own script modules, served from /assets (src/http/pages/site/scripts): they only improve the page. */
  scripts?: readonly string[];
  /** Two-column pages (search with its filters, the console) get a wider main column. */
  wide?: boolean;
  section?: Section;
  /** A signed-in recruiter or CFA (the /espace-pro pages): the header offers their space and the logout button. */
  account?: Readonly<{ displayName: string }>;
}>;

/** The frame of every page: French, phone-first, our own assets only, landmarks + skip link, header and footer. */
export function Layout({
  title,
  children,
  indexable = false,
  head,
  scripts = [],
  wide,
  section,
  account,
}: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {indexable ? null : <meta name="robots" content="noindex, nofollow" />}
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} – ${SERVICE_NAME}`}</title>
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLE }} />
        {scripts.map((name) => (
          <script type="module" src={`${SITE_PATHS.assets}/${name}`} />
        ))}
        {head}
      </head>
      <body>
        <a class="skip" href="#contenu">
          Aller au contenu
        </a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href={SITE_PATHS.home}>
              <span>
                {SERVICE_NAME}
                <small>Trouvez votre alternance</small>
              </span>
            </a>
            <SiteNav section={section} account={account} />
          </div>
        </header>
        <main id="contenu" tabindex={-1} class={wide ? "wide" : undefined}>
          {children}
        </main>
        <footer class="site-footer">
          <ul>
            <li>
              <a href={SITE_PATHS.ranking}>Comment sont classés les résultats</a>
            </li>
            <li>
              <a href={SITE_PATHS.apiDocs}>API pour les partenaires</a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}

function SiteNav({ section, account }: Readonly<{ section?: Section; account?: LayoutProps["account"] }>) {
  const current = (name: Section) => (section === name ? "page" : undefined);
  return (
    <nav class="site-nav" aria-label="Menu principal">
      <ul>
        <li>
          <a href={SITE_PATHS.home} aria-current={current("candidate")}>
            Rechercher
          </a>
        </li>
        <li>
          <a href={SITE_PATHS.pro} aria-current={current("pro")}>
            {account ? `Mon espace (${account.displayName})` : "Espace recruteur et CFA"}
          </a>
        </li>
        {account ? (
          <li>
            <form class="inline-form" method="post" action={SITE_PATHS.logout}>
              <button type="submit">Se déconnecter</button>
            </form>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** Each French paragraph of a view as a `<p>`. */
export function Paragraphs({ lines }: Readonly<{ lines: readonly string[] }>) {
  return (
    <>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
    </>
  );
}
