import type { Child } from "hono/jsx";
import { PAGE_STYLE } from "./page-style.ts";

const SERVICE_NAME = "La bonne alternance";

type LayoutProps = Readonly<{
  title: string;
  children?: Child;
  /** A public page search engines may list (an online offer); action pages are never indexed. */
  indexable?: boolean;
  /** Extra head elements (an offer's JSON-LD). */
  head?: Child;
}>;

/** The frame of every page: French, phone-sized, no script, no external asset, landmarks + skip link. */
export function Layout({ title, children, indexable = false, head }: LayoutProps) {
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {indexable ? null : <meta name="robots" content="noindex, nofollow" />}
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} – ${SERVICE_NAME}`}</title>
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLE }} />
        {head}
      </head>
      <body>
        <a class="skip" href="#contenu">
          Aller au contenu
        </a>
        <header>
          <p>{SERVICE_NAME}</p>
        </header>
        <main id="contenu" tabindex={-1}>
          {children}
        </main>
      </body>
    </html>
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
