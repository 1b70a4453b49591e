import { frenchCount } from "../../../../domain/shared/french-plural.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, TextInput } from "../../site/form-controls.tsx";
import { SITE_PATHS } from "../../site/site-paths.ts";
import { CheckMailboxPage, PRO_PATHS } from "./pro-pages.tsx";

type LoginFormProps = Readonly<{ email?: string; suite: string; errors?: FieldErrors }>;

/** `/espace-pro/connexion`: an email, a link by email, no password; the way to create an account beside it. */
export function LoginFormPage({ email, suite, errors = {} }: LoginFormProps) {
  return (
    <Layout title="Connexion à votre espace" section="pro">
      <h1>Connexion à votre espace recruteur ou CFA</h1>
      <ErrorSummary errors={errors} />
      <p>
        Pas de mot de passe à retenir : indiquez l’adresse e-mail de votre compte, nous vous envoyons un lien qui vous
        connecte en un clic.
      </p>
      <form method="post" action={`${SITE_PATHS.login}#erreurs`} novalidate>
        {suite ? <input type="hidden" name="suite" value={suite} /> : null}
        <TextInput
          name="email"
          label="Adresse e-mail"
          hint="Celle que vous avez donnée à l’inscription, par exemple prenom.nom@entreprise.fr"
          type="email"
          autocomplete="email"
          inputmode="email"
          maxlength={254}
          required
          value={email}
          errors={errors}
        />
        <button type="submit">Recevoir un lien de connexion</button>
      </form>
      <h2>Pas encore de compte ?</h2>
      <p>
        Entreprises et organismes de formation : l’inscription est gratuite et se fait avec votre numéro SIRET, en
        quelques minutes.
      </p>
      <p>
        <a class="button-secondary" href={PRO_PATHS.signUp}>
          Créer un compte
        </a>
      </p>
    </Layout>
  );
}

/** After the login form: the same words whether or not the address has an account. */
export function LoginLinkSentPage({ validityMinutes }: Readonly<{ validityMinutes: number }>) {
  return (
    <CheckMailboxPage
      lines={[
        "Si un compte existe pour cette adresse, nous venons d’y envoyer un lien de connexion.",
        `Ce lien est valable ${frenchCount(validityMinutes, "minute")} et ne sert qu’une fois. Ouvrez-le sur cet appareil, dans ce navigateur.`,
      ]}
    >
      <p>
        Rien reçu ? Vérifiez l’adresse et <a href={SITE_PATHS.login}>demandez un nouveau lien</a>, ou{" "}
        <a href={PRO_PATHS.signUp}>créez un compte</a> si vous n’en avez pas encore.
      </p>
    </CheckMailboxPage>
  );
}
