import type { Context } from "hono";
import type { Presentation } from "../problem-catalogue.ts";
import { type ProtocolRefusal, protocolCatalogue } from "../protocol-errors.ts";
import { Layout } from "./layout.tsx";
import { pageResponse } from "./page-response.ts";

type ErrorKind = "unreadable" | "unavailable" | "failed";

type ErrorPageProps = Readonly<{ kind: ErrorKind; requestId?: string }>;

const TEXTS = {
  unreadable: {
    title: "Le formulaire n’a pas pu être lu",
    lines: [
      "Rien n’a été enregistré. Rouvrez le lien reçu par e-mail et validez à nouveau le formulaire depuis cette page.",
    ],
  },
  unavailable: {
    title: "Service momentanément indisponible",
    lines: ["Rien n’a été enregistré. Réessayez dans quelques minutes avec le même lien."],
  },
  failed: {
    title: "Une erreur est survenue",
    lines: ["Rien n’a été enregistré. Réessayez dans quelques minutes avec le même lien."],
  },
} satisfies Record<ErrorKind, Readonly<{ title: string; lines: readonly string[] }>>;

/** When a page could not be shown or its form could not be acted on: nothing was done (never a stack trace). */
export function ErrorPage({ kind, requestId }: ErrorPageProps) {
  const { title, lines } = TEXTS[kind];
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {lines.map((line) => (
        <p role="alert">{line}</p>
      ))}
      {requestId && kind !== "unreadable" ? (
        <p>
          Si le problème persiste, indiquez au support cet identifiant : <code>{requestId}</code>
        </p>
      ) : null}
    </Layout>
  );
}

/**
 * The HTML answer to a refusal of the HTTP layer on a page (src/http/app.ts `onError`, the action pages' forms):
 * the same status as the JSON routes would answer (docs/adr/0014), worded for a person who followed a link.
 */
export function errorPageResponse(c: Context, refusal: ProtocolRefusal) {
  const entry = protocolCatalogue[refusal.code] as Presentation<ProtocolRefusal>;
  for (const [name, value] of Object.entries(entry.headers?.(refusal) ?? {})) c.header(name, value);
  const requestId = c.get("requestId") as string | undefined;
  return pageResponse(c, entry.status, <ErrorPage kind={KINDS[refusal.code]} requestId={requestId} />);
}

const KINDS = {
  VALIDATION_FAILED: "unreadable",
  UNSUPPORTED_MEDIA_TYPE: "unreadable",
  PAYLOAD_TOO_LARGE: "unreadable",
  UPSTREAM_UNAVAILABLE: "unavailable",
  DATABASE_UNAVAILABLE: "unavailable",
  NOT_FOUND: "failed",
  ORIGIN_FORBIDDEN: "failed",
  INTERNAL_ERROR: "failed",
} satisfies Record<ProtocolRefusal["code"], ErrorKind>;
