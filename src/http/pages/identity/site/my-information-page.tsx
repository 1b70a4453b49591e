import type { ActorOrganisation } from "../../../../domain/identity/actor.ts";
import { frenchPhone } from "../../../../domain/shared/french-phone.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, SuccessNotice, TextInput } from "../../site/form-controls.tsx";
import { NoOrganisation, PRO_PATHS } from "./pro-pages.tsx";

/** The organisation's establishment as the recruiter context shows it (name, SIRET, address, OPCO). */
export type EstablishmentShown = Readonly<{
  siret: string;
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  opco: Readonly<{ code: string; label: string }> | null;
}>;

export type PersonValues = Readonly<{
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  version: string;
}>;

/** What the page confirms after its POST and 303 (`?fait=`). */
export const INFORMATION_NOTICES = {
  enregistre: "Vos informations sont enregistrées.",
  email:
    "Vos informations sont enregistrées. Pour changer d’adresse e-mail, ouvrez le lien que nous venons d’envoyer à la nouvelle adresse : d’ici là, votre compte garde l’ancienne.",
} as const;

export type InformationNotice = keyof typeof INFORMATION_NOTICES;

type Props = Readonly<{
  organisation: ActorOrganisation | null;
  establishment: EstablishmentShown | null;
  person: PersonValues;
  account: { displayName: string };
  notice?: InformationNotice;
  errors?: FieldErrors;
}>;

const KIND_LABEL = { company: "Entreprise", cfa: "Organisme de formation (CFA)" } as const;

/**
 * `/espace-pro/mes-informations`: the establishment (from INSEE, read only: the API changes none of it) and the
 * person's own details, editable (names and phone at once, a new email once confirmed from that address).
 */
export function MyInformationPage({ organisation, establishment, person, account, notice, errors = {} }: Props) {
  return (
    <Layout title="Mes informations" section="pro" account={account}>
      <h1>Mes informations</h1>
      <ErrorSummary errors={errors} />
      {notice ? (
        <SuccessNotice>
          <p>{INFORMATION_NOTICES[notice]}</p>
        </SuccessNotice>
      ) : null}
      <h2>Mon établissement</h2>
      {organisation ? <Establishment organisation={organisation} establishment={establishment} /> : <NoOrganisation />}
      <h2>Mes coordonnées</h2>
      <p>
        Elles sont transmises aux candidats et aux CFA avec vos offres : l’adresse e-mail reçoit aussi les candidatures
        et vos liens de connexion.
      </p>
      <form method="post" action={`${PRO_PATHS.myInformation}#erreurs`} novalidate>
        <input type="hidden" name="version" value={person.version} />
        <TextInput
          name="firstName"
          label="Prénom"
          autocomplete="given-name"
          maxlength={100}
          required
          value={person.firstName}
          errors={errors}
        />
        <TextInput
          name="lastName"
          label="Nom"
          autocomplete="family-name"
          maxlength={100}
          required
          value={person.lastName}
          errors={errors}
        />
        <TextInput
          name="phone"
          label="Téléphone"
          hint="Un numéro français, par exemple 06 12 34 56 78"
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          maxlength={30}
          required
          value={person.phone}
          errors={errors}
        />
        <TextInput
          name="email"
          label="Adresse e-mail"
          hint="Si vous la changez, un lien de confirmation part vers la nouvelle adresse"
          type="email"
          autocomplete="email"
          inputmode="email"
          maxlength={254}
          required
          value={person.email}
          errors={errors}
        />
        <button type="submit">Enregistrer mes informations</button>
      </form>
      {organisation ? (
        <p>
          <a href={PRO_PATHS.members}>Voir les membres de l’établissement</a>
        </p>
      ) : null}
    </Layout>
  );
}

function Establishment({
  organisation,
  establishment,
}: Readonly<{ organisation: ActorOrganisation; establishment: EstablishmentShown | null }>) {
  const place = establishment && [establishment.postcode, establishment.city].filter(Boolean).join(" ");
  return (
    <>
      <dl>
        <dt>Nom</dt>
        <dd>{establishment?.name ?? organisation.displayName}</dd>
        <dt>Type de compte</dt>
        <dd>{KIND_LABEL[organisation.kind]}</dd>
        {establishment ? (
          <>
            <dt>Numéro SIRET</dt>
            <dd>{establishment.siret}</dd>
            <dt>Adresse</dt>
            <dd>{[establishment.street, place].filter(Boolean).join(", ") || "Non renseignée"}</dd>
            {organisation.kind === "company" ? (
              <>
                <dt>OPCO</dt>
                <dd>{establishment.opco ? establishment.opco.label : "Non trouvé pour ce SIRET"}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      <p class="meta">
        Ces informations viennent du répertoire Sirene de l’INSEE et ne se modifient pas ici : si elles sont inexactes,
        faites-les corriger auprès de l’INSEE.
      </p>
    </>
  );
}

/** A stored E.164 number in the French form people type. */
export const phoneForField = (phone: string | null) => (phone ? frenchPhone(phone) : "");
