import type { PartnerCompany } from "../../../application/cfa-mandate/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { Layout } from "../layout.tsx";
import { ErrorSummary, type FieldErrors, SuccessNotice, TextInput } from "../site/form-controls.tsx";
import { PARTNERS_PATH, publishForPartnerHref, SITE_PATHS } from "../site/site-paths.ts";

export type PartnerValues = Readonly<{
  siret?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
}>;

type PageProps = Readonly<{
  organisationName: string;
  partners: readonly PartnerCompany[];
  values?: PartnerValues;
  errors?: FieldErrors;
  added?: boolean;
}>;

/**
 * `/espace-pro/entreprises-partenaires` (FAQ "CFA, comment ajouter mes entreprises partenaires ?"): the CFA's
 * partner companies, newest first, each with "Publier une offre pour cette entreprise", and the form to add one
 * (its SIRET and its own recruitment contact, never the CFA's).
 */
export function PartnersPage({ organisationName, partners, values = {}, errors = {}, added }: PageProps) {
  return (
    <Layout title="Mes entreprises partenaires" section="pro" account={{ displayName: organisationName }}>
      <p>
        <a href={SITE_PATHS.pro}>Retour à mes offres</a>
      </p>
      <h1>Mes entreprises partenaires</h1>
      {added ? (
        <SuccessNotice>
          <p>L’entreprise est ajoutée à vos partenaires : vous pouvez publier une offre pour elle.</p>
        </SuccessNotice>
      ) : null}
      <p>
        Vous publiez des offres pour le compte des entreprises qui vous ont confié leur recrutement (mandat). Les
        candidats voient le nom et les coordonnées de votre CFA, jamais ceux de l’entreprise.
      </p>
      {partners.length === 0 ? (
        <p>Vous n’avez pas encore d’entreprise partenaire.</p>
      ) : (
        <ul class="results">
          {partners.map((partner) => (
            <PartnerCard partner={partner} />
          ))}
        </ul>
      )}
      <h2 id="ajouter">Ajouter une entreprise partenaire</h2>
      <ErrorSummary errors={errors} />
      <form method="post" action={`${PARTNERS_PATH}#erreurs`} novalidate>
        <TextInput
          name="siret"
          label="Numéro SIRET de l’entreprise"
          hint="14 chiffres, sur un bulletin de paie ou sur annuaire-entreprises.data.gouv.fr"
          value={values.siret}
          errors={errors}
          required
          inputmode="numeric"
          maxlength={20}
        />
        <p class="hint">
          Le contact recrutement de l’entreprise : ses coordonnées, pas les vôtres (elles ne sont pas publiées).
        </p>
        <TextInput
          name="firstName"
          label="Prénom du contact"
          value={values.firstName}
          errors={errors}
          required
          maxlength={100}
        />
        <TextInput
          name="lastName"
          label="Nom du contact"
          value={values.lastName}
          errors={errors}
          required
          maxlength={100}
        />
        <TextInput
          name="email"
          label="Adresse e-mail du contact"
          type="email"
          value={values.email}
          errors={errors}
          required
        />
        <TextInput
          name="phone"
          label="Téléphone du contact"
          hint="Un numéro français, par exemple 01 23 45 67 89"
          type="tel"
          value={values.phone}
          errors={errors}
          required
        />
        <button type="submit">Ajouter l’entreprise</button>
      </form>
    </Layout>
  );
}

function PartnerCard({ partner }: Readonly<{ partner: PartnerCompany }>) {
  const name = partner.brand ?? partner.legalName;
  const { contact } = partner;
  return (
    <li class="card">
      <h3>{name}</h3>
      <p class="meta">
        SIRET {partner.siret} · ajoutée le {frenchDate(partner.createdAt)}
      </p>
      <p>
        Contact : {contact.firstName} {contact.lastName}, {contact.email}, {frenchPhone(contact.phone)}
      </p>
      <p>
        <a class="button" href={publishForPartnerHref(partner.siret)}>
          Publier une offre<span class="visually-hidden"> pour {name}</span>
        </a>
      </p>
    </li>
  );
}
