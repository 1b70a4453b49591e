import { Layout, Paragraphs } from "../layout.tsx";
import { SITE_PATHS } from "./site-paths.ts";

type MessagePageProps = Readonly<{
  title: string;
  lines: readonly string[];
  section: "candidate" | "pro";
  /** Where to go from here: a new search for candidates, the console for the recruiter space, by default. */
  back?: Readonly<{ href: string; label: string }>;
}>;

const BACK = {
  candidate: { href: SITE_PATHS.home, label: "Relancer une recherche" },
  pro: { href: SITE_PATHS.pro, label: "Retour à mes offres" },
} as const;

/** A page that only says something: what is gone, refused or not for this person, and where to go next. */
export function MessagePage({ title, lines, section, back = BACK[section] }: MessagePageProps) {
  return (
    <Layout title={title} section={section}>
      <h1>{title}</h1>
      <Paragraphs lines={lines} />
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </Layout>
  );
}
