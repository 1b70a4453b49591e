import type { EstablishmentLookup } from "../../../application/recruiter/index.ts";
import type { EstablishmentMatch } from "../../../application/training/index.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { CheckMailboxPage, PRO_PATHS } from "../identity/site/pro-pages.tsx";
import { Layout } from "../layout.tsx";
import { ErrorSummary, type FieldErrors, Select, type SelectOption, TextInput } from "../site/form-controls.tsx";
import { SITE_PATHS } from "../site/site-paths.ts";

export type SignUpKind = "company" | "cfa";

const ACTION = { company: PRO_PATHS.signUpCompany, cfa: PRO_PATHS.signUpCfa } as const;
const TITLE = {
  company: "Inscription d’une entreprise",
  cfa: "Inscription d’un organisme de formation (CFA)",
} as const;

/** `/espace-pro/inscription`: which account to create. */
export function SignUpChoicePage() {
  return (
    <Layout title="Créer un compte" section="pro">
      <h1>Créer votre compte recruteur ou CFA</h1>
      <p>
        Gratuit et sans mot de passe : votre numéro SIRET suffit pour retrouver votre établissement, puis un lien par
        e-mail ouvre votre espace.
      </p>
      <ul class="results">
        <li class="card">
          <h2>
            <a href={PRO_PATHS.signUpCompany}>Je suis une entreprise</a>
          </h2>
          <p>Publiez vos offres d’alternance et recevez les candidatures directement par e-mail.</p>
        </li>
        <li class="card">
          <h2>
            <a href={PRO_PATHS.signUpCfa}>Je suis un organisme de formation (CFA)</a>
          </h2>
          <p>
            Publiez des offres pour les entreprises qui vous font confiance. Votre établissement doit figurer au
            catalogue de l’apprentissage et être certifié Qualiopi.
          </p>
        </li>
      </ul>
      <p>
        Vous avez déjà un compte ? <a href={SITE_PATHS.login}>Connectez-vous</a>.
      </p>
    </Layout>
  );
}

/** The establishment finder of the CFA sign-up: what was typed and, once searched, what the catalogue knows. */
export type FinderView = Readonly<{ query: string; matches: readonly EstablishmentMatch[] | null; error?: string }>;

type SiretStepProps = Readonly<{
  kind: SignUpKind;
  siret?: string;
  errors?: FieldErrors;
  /** CFA only, when the catalogue search is wired. */
  finder?: FinderView;
}>;

/** Step 1: the SIRET (and, for a CFA, a way to find it). */
export function SiretStepPage({ kind, siret, errors = {}, finder }: SiretStepProps) {
  return (
    <Layout title={TITLE[kind]} section="pro">
      <h1>{TITLE[kind]}</h1>
      <ErrorSummary errors={errors} />
      <p class="meta">Étape 1 sur 2 : votre établissement</p>
      <form method="post" action={`${ACTION[kind]}#erreurs`} novalidate>
        <input type="hidden" name="etape" value="siret" />
        <TextInput
          name="siret"
          label="Numéro SIRET"
          hint={
            kind === "company"
              ? "Les 14 chiffres de votre établissement, indiqués sur l’annuaire des entreprises ou vos fiches de paie"
              : "Les 14 chiffres de votre SIRET formateur, celui qui figure au catalogue de vos formations"
          }
          inputmode="numeric"
          autocomplete="off"
          maxlength={20}
          required
          value={siret}
          errors={errors}
        />
        <button type="submit">Continuer</button>
      </form>
      {finder ? <EstablishmentFinder finder={finder} /> : null}
      <p>
        Vous avez déjà un compte ? <a href={SITE_PATHS.login}>Connectez-vous</a>.
      </p>
    </Layout>
  );
}

function EstablishmentFinder({ finder }: Readonly<{ finder: FinderView }>) {
  const { query, matches, error } = finder;
  return (
    <section aria-labelledby="trouver">
      <h2 id="trouver">Vous ne connaissez pas votre SIRET ?</h2>
      <p>Cherchez votre établissement dans le catalogue de l’apprentissage : par son nom, son UAI ou une formation.</p>
      <form method="get" action={`${PRO_PATHS.signUpCfa}#resultats`}>
        <TextInput
          name="recherche"
          label="Nom de l’établissement, UAI ou formation"
          hint="Au moins 2 caractères, par exemple : CFA du bâtiment, 0691234A"
          type="search"
          maxlength={100}
          value={query}
          errors={error ? { recherche: error } : {}}
        />
        <button type="submit" class="button-secondary">
          Chercher mon établissement
        </button>
      </form>
      {matches ? (
        <div id="resultats">
          <p role="status">
            {matches.length === 0
              ? "Aucun établissement ne correspond : essayez un autre nom, ou votre numéro UAI."
              : frenchCount(matches.length, "établissement trouvé", "établissements trouvés")}
          </p>
          <ul class="results">
            {matches.map((match) => (
              <li class="card">
                <h3>{match.name}</h3>
                <p class="meta">
                  {[match.city, match.uai ? `UAI ${match.uai}` : null, `SIRET ${match.siret}`]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {match.qualiopi ? (
                  <form method="post" action={`${PRO_PATHS.signUpCfa}#erreurs`} class="inline-form">
                    <input type="hidden" name="etape" value="siret" />
                    <input type="hidden" name="siret" value={match.siret} />
                    <button type="submit">
                      Choisir<span class="visually-hidden"> {match.name}</span>
                    </button>
                  </form>
                ) : (
                  <p>
                    Pas encore certifié Qualiopi selon le catalogue : l’inscription n’est possible qu’une fois la
                    certification connue.
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export type ContactValues = Readonly<{
  firstName?: string;
  lastName?: string;
  phone?: string;
  email?: string;
  opco?: string;
}>;

type ContactStepProps = Readonly<{
  kind: SignUpKind;
  establishment: EstablishmentLookup;
  values?: ContactValues;
  errors?: FieldErrors;
  /** Companies whose OPCO was not found choose one (optional). */
  opcos?: readonly SelectOption[];
  /** ACCOUNT_EXISTS on an active account: the person may ask its administrators to join it. */
  joinable?: boolean;
}>;

/** Step 2: what INSEE says of the establishment, then the contact fields. */
export function ContactStepPage({ kind, establishment, values = {}, errors = {}, opcos, joinable }: ContactStepProps) {
  return (
    <Layout title={TITLE[kind]} section="pro">
      <h1>{TITLE[kind]}</h1>
      <ErrorSummary errors={errors} />
      {joinable ? <JoinRequestOffer kind={kind} siret={establishment.siret} values={values} /> : null}
      <p class="meta">Étape 2 sur 2 : vos coordonnées</p>
      <h2>Votre établissement</h2>
      <EstablishmentFacts establishment={establishment} kind={kind} />
      <p>
        Ce n’est pas le bon ? <a href={ACTION[kind]}>Saisir un autre numéro SIRET</a>
      </p>
      <h2>Vos coordonnées</h2>
      <p>
        L’adresse e-mail reçoit le lien qui confirme votre inscription, puis les candidatures à vos offres. Tous les
        champs sont obligatoires, sauf mention contraire.
      </p>
      <form method="post" action={`${ACTION[kind]}#erreurs`} novalidate>
        <input type="hidden" name="etape" value="compte" />
        <input type="hidden" name="siret" value={establishment.siret} />
        <TextInput
          name="firstName"
          label="Prénom"
          autocomplete="given-name"
          maxlength={100}
          required
          value={values.firstName}
          errors={errors}
        />
        <TextInput
          name="lastName"
          label="Nom"
          autocomplete="family-name"
          maxlength={100}
          required
          value={values.lastName}
          errors={errors}
        />
        <TextInput
          name="email"
          label="Adresse e-mail"
          hint="Par exemple prenom.nom@entreprise.fr"
          type="email"
          autocomplete="email"
          inputmode="email"
          maxlength={254}
          required
          value={values.email}
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
          value={values.phone}
          errors={errors}
        />
        {opcos ? (
          <Select
            name="opco"
            label="Votre OPCO (facultatif)"
            hint="Nous ne l’avons pas trouvé pour ce SIRET. Il finance les contrats d’apprentissage de votre branche."
            options={opcos}
            value={values.opco}
            emptyLabel="Je ne sais pas"
            errors={errors}
          />
        ) : null}
        <button type="submit">Créer mon compte</button>
      </form>
    </Layout>
  );
}

function EstablishmentFacts({
  establishment,
  kind,
}: Readonly<{ establishment: EstablishmentLookup; kind: SignUpKind }>) {
  const { address } = establishment;
  const place = [address.postcode, address.city].filter(Boolean).join(" ");
  return (
    <dl>
      <dt>Raison sociale</dt>
      <dd>{establishment.legalName}</dd>
      {establishment.brand ? (
        <>
          <dt>Enseigne</dt>
          <dd>{establishment.brand}</dd>
        </>
      ) : null}
      <dt>Numéro SIRET</dt>
      <dd>{establishment.siret}</dd>
      <dt>Adresse</dt>
      <dd>{[address.street, place].filter(Boolean).join(", ") || "Non renseignée"}</dd>
      <dt>Activité (code NAF)</dt>
      <dd>
        {establishment.nafCode
          ? [establishment.nafCode, establishment.nafLabel].filter(Boolean).join(" – ")
          : "Non renseignée"}
      </dd>
      {kind === "company" ? (
        <>
          <dt>OPCO</dt>
          <dd>{establishment.opco ? establishment.opco.label : "Non trouvé"}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The join request of docs/API.md (`POST /api/v1/join-requests`), with the contact fields already typed. */
function JoinRequestOffer({
  kind,
  siret,
  values,
}: Readonly<{ kind: SignUpKind; siret: string; values: ContactValues }>) {
  return (
    <section class="notice" aria-labelledby="rejoindre">
      <h2 id="rejoindre">Rejoindre le compte existant</h2>
      <p>
        Vos collègues utilisent déjà La bonne alternance pour cet établissement. Si vous avez déjà un compte,{" "}
        <a href={SITE_PATHS.login}>connectez-vous</a>. Sinon, demandez à le rejoindre : ses administrateurs reçoivent
        votre demande par e-mail, et vous recevez un lien de connexion dès qu’ils l’acceptent.
      </p>
      <form method="post" action={`${PRO_PATHS.signUp}/rejoindre`}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="siret" value={siret} />
        <input type="hidden" name="firstName" value={values.firstName ?? ""} />
        <input type="hidden" name="lastName" value={values.lastName ?? ""} />
        <input type="hidden" name="email" value={values.email ?? ""} />
        <input type="hidden" name="phone" value={values.phone ?? ""} />
        <button type="submit">Demander à rejoindre ce compte</button>
      </form>
    </section>
  );
}

/** After a sign-up: the welcome email carries the login link. */
export function SignUpSentPage() {
  return (
    <CheckMailboxPage
      lines={[
        "Votre compte est presque prêt : nous venons d’envoyer un e-mail à l’adresse indiquée.",
        "Ouvrez le lien qu’il contient dans l’heure pour confirmer votre adresse et entrer dans votre espace. Passé ce délai, l’inscription est annulée et il faudra recommencer.",
      ]}
    >
      <p>
        Le lien a expiré ? <a href={SITE_PATHS.login}>Demandez un nouveau lien de connexion</a>.
      </p>
    </CheckMailboxPage>
  );
}

/** After a join request: the same words whether it is new, already open or pointless. */
export function JoinRequestSentPage({ days }: Readonly<{ days: number }>) {
  return (
    <Layout title="Demande transmise" section="pro">
      <h1>Demande transmise</h1>
      <p>
        Votre demande est transmise aux administrateurs de ce compte. S’ils l’acceptent dans les{" "}
        {frenchCount(days, "jour")}, vous recevrez un e-mail avec un lien de connexion.
      </p>
      <p>
        <a href={SITE_PATHS.home}>Revenir à l’accueil</a>
      </p>
    </Layout>
  );
}
