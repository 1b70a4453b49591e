import type { OrganisationMember } from "../../../../application/identity/index.ts";
import type { ActorOrganisation } from "../../../../domain/identity/actor.ts";
import { frenchPhone } from "../../../../domain/shared/french-phone.ts";
import { frenchCount } from "../../../../domain/shared/french-plural.ts";
import { Layout } from "../../layout.tsx";
import { ErrorSummary, type FieldErrors, SuccessNotice, TextInput } from "../../site/form-controls.tsx";
import { NoOrganisation, PRO_PATHS } from "./pro-pages.tsx";

/** What the page confirms after a POST and its 303 (`?fait=`). */
export const MEMBER_NOTICES = {
  invitation:
    "Invitation envoyée : votre collègue a reçu un e-mail avec un lien valable 7 jours pour rejoindre l’établissement.",
  retrait: "Le membre a été retiré de l’établissement. Son compte personnel reste ouvert.",
} as const;

export type MemberNotice = keyof typeof MEMBER_NOTICES;

type Props = Readonly<{
  organisation: ActorOrganisation | null;
  members: readonly OrganisationMember[];
  me: string;
  account: { displayName: string };
  notice?: MemberNotice;
  email?: string;
  errors?: FieldErrors;
}>;

const nameOf = (member: OrganisationMember) =>
  [member.user.firstName, member.user.lastName].filter(Boolean).join(" ") || member.user.email;

/**
 * `/espace-pro/membres`: the people of the acting organisation with their role; an administrator invites a colleague
 * by email and removes a member; anyone may leave. Actions a person may not do are not shown.
 */
export function MembersPage({ organisation, members, me, account, notice, email, errors = {} }: Props) {
  if (!organisation) {
    return (
      <Layout title="Membres" section="pro" account={account}>
        <h1>Membres</h1>
        <NoOrganisation />
      </Layout>
    );
  }
  const isAdmin = members.some((member) => member.user.id === me && member.role === "admin");
  return (
    <Layout title={`Membres – ${organisation.displayName}`} section="pro" account={account}>
      <h1>Membres de {organisation.displayName}</h1>
      <ErrorSummary errors={errors} />
      {notice ? (
        <SuccessNotice>
          <p>{MEMBER_NOTICES[notice]}</p>
        </SuccessNotice>
      ) : null}
      <p>{`${frenchCount(members.length, "personne")} ${members.length > 1 ? "gèrent" : "gère"} cet établissement sur La bonne alternance.`}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Membres de l’établissement</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Contact</th>
              <th scope="col">Rôle</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr>
                <th scope="row">
                  {nameOf(member)}
                  {member.user.id === me ? " (vous)" : ""}
                </th>
                <td>
                  {member.user.email}
                  {member.user.phone ? (
                    <>
                      <br />
                      <a href={`tel:${member.user.phone}`}>{frenchPhone(member.user.phone)}</a>
                    </>
                  ) : null}
                </td>
                <td>{member.role === "admin" ? "Administrateur" : "Membre"}</td>
                <td>
                  <MemberAction member={member} me={me} isAdmin={isAdmin} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin ? (
        <section aria-labelledby="inviter">
          <h2 id="inviter">Inviter un collègue</h2>
          <p>
            Votre collègue reçoit un lien par e-mail ; en l’ouvrant, il rejoint l’établissement comme membre. Il pourra
            publier et gérer les offres comme vous.
          </p>
          <form method="post" action={`${PRO_PATHS.members}/inviter#erreurs`} novalidate>
            <TextInput
              name="email"
              label="Adresse e-mail de votre collègue"
              type="email"
              autocomplete="off"
              inputmode="email"
              maxlength={254}
              required
              value={email}
              errors={errors}
            />
            <button type="submit">Envoyer l’invitation</button>
          </form>
        </section>
      ) : (
        <p class="notice">
          Seuls les administrateurs de l’établissement peuvent inviter ou retirer des membres. Adressez-vous à l’un
          d’eux.
        </p>
      )}
    </Layout>
  );
}

function MemberAction({ member, me, isAdmin }: Readonly<{ member: OrganisationMember; me: string; isAdmin: boolean }>) {
  const self = member.user.id === me;
  if (!self && !isAdmin) return <span class="meta">—</span>;
  return (
    <form class="inline-form" method="post" action={`${PRO_PATHS.members}/retirer#erreurs`}>
      <input type="hidden" name="membre" value={member.user.id} />
      <button type="submit" class="button-secondary">
        {self ? (
          "Quitter l’établissement"
        ) : (
          <>
            Retirer<span class="visually-hidden"> {nameOf(member)}</span>
          </>
        )}
      </button>
    </form>
  );
}
