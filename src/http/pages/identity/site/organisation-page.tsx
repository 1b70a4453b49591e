import type { ActorOrganisation } from "../../../../domain/identity/actor.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, Radios } from "../../site/form-controls.tsx";
import { PRO_PATHS } from "./pro-pages.tsx";

type Props = Readonly<{
  organisations: readonly ActorOrganisation[];
  chosen: string | null;
  suite: string;
  errors?: FieldErrors;
  account: { displayName: string };
}>;

const KIND_LABEL = { company: "entreprise", cfa: "organisme de formation" } as const;

/** `/espace-pro/organisation`: a person in several organisations says which one they act for (a cookie keeps it). */
export function OrganisationChooserPage({ organisations, chosen, suite, errors = {}, account }: Props) {
  return (
    <Layout title="Choisir un établissement" section="pro" account={account}>
      <h1>Pour quel établissement agissez-vous ?</h1>
      <ErrorSummary errors={errors} />
      <p>
        Vous êtes membre de plusieurs établissements. Choisissez celui dont vous voulez gérer les offres et les
        informations ; vous pourrez en changer à tout moment depuis cette page.
      </p>
      <form method="post" action={`${PRO_PATHS.organisation}#erreurs`}>
        <input type="hidden" name="suite" value={suite} />
        <Radios
          name="organisation"
          legend="Établissement"
          options={organisations.map((organisation) => ({
            value: organisation.id,
            label: `${organisation.displayName} (${KIND_LABEL[organisation.kind]})`,
          }))}
          value={chosen ?? undefined}
          errors={errors}
          required
        />
        <button type="submit">Continuer avec cet établissement</button>
      </form>
    </Layout>
  );
}
