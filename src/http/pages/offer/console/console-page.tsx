import type { ConsoleOffer } from "../../../../application/offer/index.ts";
import type { ConsoleTab } from "../../../../domain/offer/visibility.ts";
import { frenchDate } from "../../../../domain/shared/french-date.ts";
import { frenchCount } from "../../../../domain/shared/french-plural.ts";
import { Layout } from "../../layout.tsx";
import { SuccessNotice } from "../../site/form-controls.tsx";
import { applicationsHref, PARTNERS_PATH } from "../../site/site-paths.ts";

export const CONSOLE_PATHS = {
  home: "/espace-pro",
  publish: "/espace-pro/offres/nouvelle",
  edit: (id: string) => `/espace-pro/offres/${encodeURIComponent(id)}`,
  share: (id: string) => `/espace-pro/offres/${encodeURIComponent(id)}/centres`,
  extend: (id: string) => `/espace-pro/offres/${encodeURIComponent(id)}/prolonger`,
  close: (id: string) => `/espace-pro/offres/${encodeURIComponent(id)}/cloturer`,
} as const;

/** The tabs as the URL names them (`?onglet=`), the FAQ's words, and the use case's tab. */
export const TABS = [
  { slug: "actives", tab: "active", label: "Offres actives" },
  { slug: "pourvues", tab: "filled", label: "Offres pourvues" },
  { slug: "expirees", tab: "expired", label: "Offres expirées" },
] as const satisfies readonly { slug: string; tab: ConsoleTab; label: string }[];

export type TabSlug = (typeof TABS)[number]["slug"];

const DONE_MESSAGES: Readonly<Record<string, string>> = {
  prolongee: "Votre offre est prolongée : elle reste en ligne 30 jours à compter d’aujourd’hui.",
  pourvue: "Votre offre est marquée comme pourvue : elle n’est plus visible des candidats.",
  supprimee: "Votre offre est supprimée : elle n’est plus visible des candidats.",
};

type ConsolePageProps = Readonly<{
  organisationName: string;
  /** A CFA publishes for its partner companies: the menu links to them. */
  isCfa?: boolean;
  current: TabSlug;
  counts: Readonly<Record<TabSlug, number>>;
  offers: readonly ConsoleOffer[];
  done?: string;
}>;

/** `/espace-pro`: the acting organisation's offers, one tab at a time, each with what can be done with it. */
export function ConsolePage({ organisationName, isCfa, current, counts, offers, done }: ConsolePageProps) {
  const currentTab = TABS.find((tab) => tab.slug === current) ?? TABS[0];
  return (
    <Layout title="Mes offres" section="pro" wide account={{ displayName: organisationName }}>
      <h1>Mes offres</h1>
      {done && DONE_MESSAGES[done] ? (
        <SuccessNotice>
          <p>{DONE_MESSAGES[done]}</p>
        </SuccessNotice>
      ) : null}
      <nav aria-label="Mon espace">
        <ul class="pagination">
          <li>
            <a href="/espace-pro/mes-informations">Mes informations</a>
          </li>
          <li>
            <a href="/espace-pro/membres">Membres</a>
          </li>
          {isCfa ? (
            <li>
              <a href={PARTNERS_PATH}>Entreprises partenaires</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <p>
        <a class="button" href={CONSOLE_PATHS.publish}>
          Publier une offre
        </a>
      </p>
      <nav aria-label="Onglets des offres">
        <ul class="tabs">
          {TABS.map((tab) => (
            <li>
              <a
                href={`${CONSOLE_PATHS.home}?onglet=${tab.slug}`}
                aria-current={tab.slug === current ? "page" : undefined}
              >
                {`${tab.label} (${counts[tab.slug]})`}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{currentTab.label}</h2>
      {offers.length === 0 ? (
        <p>Aucune offre dans cet onglet.</p>
      ) : (
        <ul class="results">
          {offers.map((listed) => (
            <OfferCard listed={listed} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

function OfferCard({ listed }: Readonly<{ listed: ConsoleOffer }>) {
  const { offer, applicationCount, viewUrl } = listed;
  const title = offer.appellation ?? offer.romeLabel;
  const open = offer.status === "active" || offer.status === "expired";
  return (
    <li class="card">
      <h3>{title}</h3>
      <p class="meta">
        Publiée le {frenchDate(offer.createdAt)}
        {offer.status === "active" ? ` – en ligne jusqu’au ${frenchDate(offer.expiresAt)}` : ""}
        {offer.status === "expired" ? ` – expirée le ${frenchDate(offer.expiresAt)}` : ""}
        {offer.status === "filled" || offer.status === "deleted" ? ` – clôturée le ${frenchDate(offer.closedAt)}` : ""}
      </p>
      <p>
        {applicationCount > 0 ? (
          <a href={applicationsHref(offer.id)}>
            {frenchCount(applicationCount, "candidature")}
            <span class="visually-hidden"> : {title}</span>
          </a>
        ) : (
          "Aucune candidature pour l’instant"
        )}
      </p>
      <div class="buttons">
        {offer.status === "active" ? (
          <a class="button button-secondary" href={viewUrl}>
            Voir en ligne<span class="visually-hidden"> : {title}</span>
          </a>
        ) : null}
        {offer.status === "active" ? (
          <a class="button button-secondary" href={CONSOLE_PATHS.edit(offer.id)}>
            Modifier<span class="visually-hidden"> : {title}</span>
          </a>
        ) : null}
        {open ? (
          <form class="inline-form" method="post" action={CONSOLE_PATHS.extend(offer.id)}>
            <input type="hidden" name="version" value={String(offer.version)} />
            <button type="submit">
              Prolonger<span class="visually-hidden"> : {title}</span>
            </button>
          </form>
        ) : null}
        {open ? (
          <a class="button button-secondary" href={CONSOLE_PATHS.close(offer.id)}>
            Clôturer<span class="visually-hidden"> : {title}</span>
          </a>
        ) : null}
      </div>
    </li>
  );
}
