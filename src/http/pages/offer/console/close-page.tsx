import type { ManagedOffer } from "../../../../application/offer/index.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, Radios, Select, TextInput } from "../../site/form-controls.tsx";
import { CONSOLE_PATHS } from "./console-page.tsx";

const OUTCOMES = [
  { value: "filled", label: "J’ai trouvé mon alternant : l’offre est pourvue" },
  { value: "deleted", label: "Je retire cette offre sans avoir recruté" },
];

const REASONS = [
  { value: "no_longer_hiring", label: "Je ne recrute plus pour ce poste" },
  { value: "no_applications", label: "Je n’ai pas reçu de candidature" },
  { value: "unqualified_applications", label: "Les candidatures ne correspondaient pas" },
  { value: "other", label: "Autre raison (précisez ci-dessous)" },
];

type ClosePageProps = Readonly<{
  managed: ManagedOffer;
  organisationName: string;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
}>;

/** `/espace-pro/offres/{id}/cloturer`: filled or withdrawn, and why; candidates still waiting are told by default. */
export function ClosePage({ managed, organisationName, values = {}, errors = {} }: ClosePageProps) {
  const { offer } = managed;
  const title = offer.appellation ?? offer.romeLabel;
  return (
    <Layout title={`Clôturer l’offre ${title}`} section="pro" account={{ displayName: organisationName }}>
      <h1>Clôturer l’offre « {title} »</h1>
      <ErrorSummary errors={errors} />
      <p>Une offre clôturée n’est plus visible des candidats. Vous la retrouvez dans l’onglet correspondant.</p>
      <form method="post" action={`${CONSOLE_PATHS.close(offer.id)}#erreurs`} novalidate>
        <input type="hidden" name="version" value={String(offer.version)} />
        <Radios
          name="outcome"
          legend="Pourquoi clôturez-vous cette offre ?"
          options={OUTCOMES}
          value={values.outcome}
          errors={errors}
          required
        />
        <Select
          name="reason"
          label="Motif du retrait"
          hint="Seulement si vous retirez l’offre sans avoir recruté."
          options={REASONS}
          emptyLabel="Choisissez un motif"
          value={values.reason}
          errors={errors}
        />
        <TextInput
          name="reasonDetail"
          label="Précision"
          hint="Si vous avez choisi « Autre raison »."
          value={values.reasonDetail}
          errors={errors}
          maxlength={1000}
        />
        <label class="choice" for="champ-notifyCandidates">
          <input
            type="checkbox"
            id="champ-notifyCandidates"
            name="notifyCandidates"
            value="oui"
            checked={values.notifyCandidates !== "non"}
          />
          Prévenir par e-mail les candidats qui attendent encore une réponse
        </label>
        <div class="buttons">
          <button type="submit">Clôturer l’offre</button>
          <a class="button button-secondary" href={CONSOLE_PATHS.home}>
            Annuler
          </a>
        </div>
      </form>
    </Layout>
  );
}
