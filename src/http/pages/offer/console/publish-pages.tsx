import type { ManagedOffer, NearbyCfa } from "../../../../application/offer/index.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, SuccessNotice } from "../../site/form-controls.tsx";
import { CONSOLE_PATHS } from "./console-page.tsx";
import { OfferFields, type OfferFormValues } from "./offer-form.tsx";

const KM = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

type Frame = Readonly<{ organisationName: string }>;

type PublishProps = Frame &
  Readonly<{
    values: OfferFormValues;
    errors?: FieldErrors;
    /** A CFA publishing for one of its partner companies (`?partenaire=`). */
    partnerSiret?: string;
  }>;

/** `/espace-pro/offres/nouvelle`: the offer is online as soon as it is sent; its description comes next. */
export function PublishPage({ organisationName, values, errors = {}, partnerSiret }: PublishProps) {
  return (
    <Layout
      title="Publier une offre"
      section="pro"
      account={{ displayName: organisationName }}
      scripts={["autocomplete.js"]}
    >
      <p>
        <a href={CONSOLE_PATHS.home}>Retour à mes offres</a>
      </p>
      <h1>Publier une offre</h1>
      <p>
        Votre offre est en ligne dès que vous l’envoyez, pour 30 jours. Nous rédigeons sa description à partir de la
        fiche métier : vous pourrez la relire et la modifier juste après.
      </p>
      {partnerSiret ? <p>Pour votre entreprise partenaire (SIRET {partnerSiret}).</p> : null}
      <ErrorSummary errors={errors} />
      <form method="post" action={`${CONSOLE_PATHS.publish}#erreurs`} novalidate>
        {partnerSiret ? <input type="hidden" name="partnerSiret" value={partnerSiret} /> : null}
        <p class="hint">Tous les champs sont obligatoires, sauf mention contraire.</p>
        <OfferFields values={values} errors={errors} />
        <button type="submit">Publier l’offre</button>
      </form>
    </Layout>
  );
}

const DONE: Readonly<Record<string, string>> = {
  publiee:
    "Votre offre est en ligne. Relisez la description rédigée à partir de la fiche métier et adaptez-la si besoin.",
  modifiee: "Vos modifications sont enregistrées : l’offre en ligne est à jour.",
  transmise: "Votre besoin a été transmis aux centres de formation choisis : ils vous contacteront par e-mail.",
};

type EditProps = Frame &
  Readonly<{
    managed: ManagedOffer;
    values: OfferFormValues;
    errors?: FieldErrors;
    done?: string;
    /** The "share with nearby CFAs" step: null when the offer is not live or none is near. */
    nearbyCfas: readonly NearbyCfa[] | null;
  }>;

/** `/espace-pro/offres/{id}`: every field, the description included, then the optional CFA step. */
export function EditPage({ organisationName, managed, values, errors = {}, done, nearbyCfas }: EditProps) {
  const { offer, viewUrl } = managed;
  const title = offer.appellation ?? offer.romeLabel;
  return (
    <Layout
      title={`Modifier l’offre : ${title}`}
      section="pro"
      account={{ displayName: organisationName }}
      scripts={["autocomplete.js"]}
    >
      <p>
        <a href={CONSOLE_PATHS.home}>Retour à mes offres</a>
      </p>
      <h1>{title}</h1>
      {done && DONE[done] ? (
        <SuccessNotice>
          <p>{DONE[done]}</p>
        </SuccessNotice>
      ) : null}
      {offer.status === "active" ? (
        <p>
          <a href={viewUrl}>Voir l’offre en ligne</a>
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <h2>Modifier l’offre</h2>
      <form method="post" action={`${CONSOLE_PATHS.edit(offer.id)}#erreurs`} novalidate>
        <input type="hidden" name="version" value={String(offer.version)} />
        <OfferFields values={values} errors={errors} />
        <button type="submit">Enregistrer les modifications</button>
      </form>
      {nearbyCfas ? <ShareStep offerId={offer.id} cfas={nearbyCfas} /> : null}
    </Layout>
  );
}

/** FAQ: the recruiter may tell the training centres near the offer that it looks for an apprentice (optional). */
function ShareStep({ offerId, cfas }: Readonly<{ offerId: string; cfas: readonly NearbyCfa[] }>) {
  return (
    <section aria-labelledby="centres">
      <h2 id="centres">Transmettre votre besoin aux centres de formation proches (facultatif)</h2>
      {cfas.length === 0 ? (
        <p>Aucun centre de formation proche ne prépare à ce métier.</p>
      ) : (
        <form method="post" action={CONSOLE_PATHS.share(offerId)}>
          <p>
            Ces centres forment à ce métier à moins de 100 km : ceux que vous cochez reçoivent votre offre et vos
            coordonnées, pour vous proposer des candidats.
          </p>
          <fieldset>
            <legend>Centres de formation</legend>
            {cfas.map((cfa, index) => (
              <label class="choice" for={`champ-sirets-${index}`}>
                <input
                  type="checkbox"
                  id={`champ-sirets-${index}`}
                  name="sirets"
                  value={cfa.siret}
                  disabled={cfa.alreadyShared}
                  checked={cfa.alreadyShared}
                />
                {`${cfa.name}${cfa.city ? `, ${cfa.city}` : ""} – à ${KM.format(cfa.distanceKm)} km${cfa.alreadyShared ? " (déjà transmis)" : ""}`}
              </label>
            ))}
          </fieldset>
          <button type="submit">Transmettre aux centres cochés</button>
        </form>
      )}
    </section>
  );
}
