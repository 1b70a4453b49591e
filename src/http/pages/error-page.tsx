import { Layout } from "./layout.tsx";

type ErrorPageProps = Readonly<{ unavailable: boolean; requestId?: string }>;

/** When loading or acting failed for a technical reason: nothing was done, try again (never a stack trace). */
export function ErrorPage({ unavailable, requestId }: ErrorPageProps) {
  const title = unavailable ? "Service momentanément indisponible" : "Une erreur est survenue";
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p role="alert">Rien n’a été enregistré. Réessayez dans quelques minutes avec le même lien.</p>
      {requestId ? (
        <p>
          Si le problème persiste, indiquez au support cet identifiant : <code>{requestId}</code>
        </p>
      ) : null}
    </Layout>
  );
}
