import type { MailboxMessage } from "../../../application/messaging/index.ts";
import { frenchDate } from "../../../domain/shared/french-date.ts";
import { frenchCount } from "../../../domain/shared/french-plural.ts";
import { Layout } from "../layout.tsx";

const PARIS_TIME = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

type MailboxPageProps = Readonly<{
  messages: readonly MailboxMessage[];
  /** The recipient filter as typed; empty: every message. */
  to: string;
  attachmentUrlOf: (id: string) => string;
}>;

function sizeInFrench(bytes: number): string {
  return bytes < 1024 ? frenchCount(bytes, "octet") : `${Math.ceil(bytes / 1024).toLocaleString("fr-FR")} Kio`;
}

/**
 * `/dev/boite-mail`: the local mailbox as a page, newest first, so a newcomer follows every email by clicking: its
 * text, its links and its attachments (development mode only; nothing here is ever sent).
 */
export function MailboxPage({ messages, to, attachmentUrlOf }: MailboxPageProps) {
  return (
    <Layout title="Boîte mail de développement">
      <h1>Boîte mail de développement</h1>
      <p>
        Les e-mails que le service a « envoyés » en mode développement, les plus récents d’abord : rien ne quitte cette
        machine. Ouvrez les liens pour suivre chaque parcours.
      </p>
      <form method="get" action="/dev/boite-mail">
        <label for="destinataire">Destinataire</label>
        <input id="destinataire" name="to" type="email" value={to} autocomplete="email" />
        <button type="submit">Afficher ses messages</button>
      </form>
      <p>{messages.length === 0 ? "Aucun message." : frenchCount(messages.length, "message")}</p>
      {messages.map((message) => (
        <article>
          <h2>{message.subject}</h2>
          <dl>
            <dt>À</dt>
            <dd>{message.to}</dd>
            <dt>Envoyé le</dt>
            <dd>{`${frenchDate(message.sentAt)} à ${PARIS_TIME.format(message.sentAt)}`}</dd>
          </dl>
          <pre>{message.text}</pre>
          {message.links.length > 0 ? (
            <>
              <h3>Liens</h3>
              <ul>
                {message.links.map((link) => (
                  <li>
                    <a href={link}>{link}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {message.attachments.length > 0 ? (
            <>
              <h3>Pièces jointes</h3>
              <ul>
                {message.attachments.map((attachment) => (
                  <li>
                    <a href={attachmentUrlOf(attachment.id)} download={attachment.filename}>
                      {attachment.filename}
                    </a>
                    {` (${attachment.contentType}, ${sizeInFrench(attachment.size)})`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </Layout>
  );
}
