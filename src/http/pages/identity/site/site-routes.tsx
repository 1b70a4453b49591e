import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { IdentityUseCases, OrganisationMember } from "../../../../application/identity/index.ts";
import type { Actor } from "../../../../domain/identity/actor.ts";
import { MagicLinkBodySchema, MeUpdateSchema } from "../../../schemas/identity.schema.ts";
import { clearSessionCookie, SESSION_COOKIE } from "../../../session-cookie.ts";
import { errorsAsPages } from "../../html-errors.ts";
import type { FieldErrors } from "../../site/form-controls.tsx";
import { fieldErrorsOf, readPageForm, textOf } from "../../site/page-forms.ts";
import { ORGANISATION_COOKIE, safeReturnPath } from "../../site/page-session.ts";
import type { SitePageKit } from "../../site/site-kit.ts";
import { SITE_PATHS } from "../../site/site-paths.ts";
import { sitePageResponse, siteRedirect } from "../../site/site-response.ts";
import { LoginFormPage, LoginLinkSentPage } from "./login-pages.tsx";
import { MEMBER_NOTICES, type MemberNotice, MembersPage } from "./members-page.tsx";
import {
  type EstablishmentShown,
  INFORMATION_NOTICES,
  type InformationNotice,
  MyInformationPage,
  type PersonValues,
  phoneForField,
} from "./my-information-page.tsx";
import { OrganisationChooserPage } from "./organisation-page.tsx";
import {
  accountOf,
  actingOrRedirect,
  contactLabels,
  htmlPage,
  PRO_PATHS,
  redirectTo,
  refusalText,
  SESSION_SECURITY,
  unreadableFormResponse,
} from "./pro-pages.tsx";
import { rememberReturnPath } from "./return-path.ts";

/** What the pages read beyond identity's use cases (wired on the identity module's mount line). */
export type IdentitySiteReads = Readonly<{
  /** identity's published `listMembers` (the caller checked the actor belongs to the organisation). */
  listMembers: (organisationId: string) => Promise<readonly OrganisationMember[]>;
  /** The recruiter context's `establishmentProfileOf`: the establishment an organisation signed up with. */
  establishmentProfileOf: (organisationId: string) => Promise<EstablishmentShown | null>;
}>;

type Env = { Variables: { actor: Actor } };

const LINK_SENT = `${SITE_PATHS.login}/lien-envoye`;
const COOKIE_ATTRIBUTES = { path: "/", httpOnly: true, secure: true, sameSite: "Lax" } as const;

/**
 * The way into the recruiter space (docs/API.md "Pages (HTML, French)"): login by email link, logout, the
 * organisation chooser, the members of the acting organisation and "Mes informations". The same use cases as
 * `POST /api/v1/auth/magic-link`, `/auth/logout`, `GET/PATCH /api/v1/me` and the organisation member routes.
 */
export function identitySitePageRoutes(useCases: IdentityUseCases, kit: SitePageKit, reads: IdentitySiteReads) {
  const app = new OpenAPIHono<Env>();
  for (const path of [SITE_PATHS.login, `${SITE_PATHS.login}/*`, SITE_PATHS.logout, `${PRO_PATHS.organisation}`]) {
    app.use(path, errorsAsPages);
  }
  for (const path of [PRO_PATHS.members, `${PRO_PATHS.members}/*`, PRO_PATHS.myInformation]) {
    app.use(path, errorsAsPages);
  }

  // — Login —
  app.get(SITE_PATHS.login, async (c) => {
    const suite = c.req.query("suite") ?? "";
    const token = getCookie(c, SESSION_COOKIE);
    if (token && (await useCases.authenticate({ accessToken: token, organisationId: null })).ok) {
      return siteRedirect(c, safeReturnPath(suite));
    }
    return sitePageResponse(c, 200, <LoginFormPage suite={suite} />);
  });
  app.post(SITE_PATHS.login, async (c) => {
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const email = textOf(read.value, "email");
    const suite = textOf(read.value, "suite");
    const refused = (status: 422 | 429, errors: FieldErrors) =>
      sitePageResponse(c, status, <LoginFormPage email={email} suite={suite} errors={errors} />);
    const parsed = MagicLinkBodySchema.safeParse({ email });
    if (!parsed.success) return refused(422, fieldErrorsOf(parsed.error, { email: emailMessage(email) }));
    const result = await useCases.requestLoginLink({ email: parsed.data.email });
    if (!result.ok) {
      if (result.error.code === "RATE_LIMITED") return refused(429, { "": refusalText(result.error) });
      return refused(422, { email: refusalText(result.error) });
    }
    rememberReturnPath(c, suite);
    return siteRedirect(c, `${LINK_SENT}?minutes=${result.value.validityMinutes}`);
  });
  app.get(LINK_SENT, (c) => {
    const minutes = Number.parseInt(c.req.query("minutes") ?? "", 10);
    const validity = Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60 ? minutes : 60;
    return sitePageResponse(c, 200, <LoginLinkSentPage validityMinutes={validity} />);
  });

  // — Logout: from every page's header; without a usable session, the cookie is cleared all the same —
  app.post(SITE_PATHS.logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const resolved = await useCases.authenticate({ accessToken: token, organisationId: null });
      if (resolved.ok) await useCases.closeSession({ actor: resolved.value });
    }
    clearSessionCookie(c);
    return siteRedirect(c, SITE_PATHS.home);
  });

  // — The organisation chooser —
  app.get(PRO_PATHS.organisation, kit.pageAuth, (c) => {
    const actor = c.var.actor;
    const suite = safeReturnPath(c.req.query("suite"));
    if (actor.organisations.length === 1) return siteRedirect(c, suite);
    return chooser(c, actor, suite, 200);
  });
  app.post(PRO_PATHS.organisation, kit.pageAuth, async (c) => {
    const actor = c.var.actor;
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const suite = safeReturnPath(textOf(read.value, "suite"));
    const chosen = actor.organisations.find(({ id }) => id === textOf(read.value, "organisation"));
    if (!chosen) return chooser(c, actor, suite, 422, { organisation: "Choisissez l’un de vos établissements." });
    setCookie(c, ORGANISATION_COOKIE, chosen.id, COOKIE_ATTRIBUTES);
    return siteRedirect(c, suite);
  });

  // — Members —
  app.get(PRO_PATHS.members, kit.pageAuth, async (c) => {
    const fait = c.req.query("fait") ?? "";
    const notice = fait in MEMBER_NOTICES ? (fait as MemberNotice) : undefined;
    return membersPage(c, 200, { notice });
  });
  app.post(`${PRO_PATHS.members}/inviter`, kit.pageAuth, async (c) => {
    const actor = c.var.actor;
    const acting = actingOrRedirect(c, actor);
    if (acting instanceof Response) return acting;
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const email = textOf(read.value, "email");
    if (!acting) return membersPage(c, 403, { email });
    if (email.trim() === "") return membersPage(c, 422, { email, errors: { email: emailMessage(email) } });
    const invited = await useCases.inviteMember({ actor, organisationId: acting.id, email });
    if (invited.ok) return siteRedirect(c, `${PRO_PATHS.members}?fait=invitation`);
    const { error } = invited;
    if (error.code === "RATE_LIMITED") return membersPage(c, 429, { email, errors: { "": refusalText(error) } });
    if (error.code === "EMAIL_MALFORMED" || error.code === "ALREADY_MEMBER") {
      return membersPage(c, 422, { email, errors: { email: refusalText(error) } });
    }
    return membersPage(c, 403, { email, errors: { "": refusalText(error) } });
  });
  app.post(`${PRO_PATHS.members}/retirer`, kit.pageAuth, async (c) => {
    const actor = c.var.actor;
    const acting = actingOrRedirect(c, actor);
    if (acting instanceof Response) return acting;
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    if (!acting) return membersPage(c, 403, {});
    const userId = textOf(read.value, "membre");
    const removed = await useCases.removeMember({ actor, organisationId: acting.id, userId });
    if (!removed.ok) {
      const status = removed.error.code === "LAST_ADMIN" ? 409 : removed.error.code === "MEMBER_NOT_FOUND" ? 404 : 403;
      return membersPage(c, status, { errors: { "": refusalText(removed.error) } });
    }
    if (userId !== actor.userId) return siteRedirect(c, `${PRO_PATHS.members}?fait=retrait`);
    // One left the organisation they acted for: the choice is forgotten, the space shows what remains.
    setCookie(c, ORGANISATION_COOKIE, "", { ...COOKIE_ATTRIBUTES, maxAge: 0 });
    return siteRedirect(c, SITE_PATHS.pro);
  });

  // — Mes informations —
  app.get(PRO_PATHS.myInformation, kit.pageAuth, async (c) => {
    const fait = c.req.query("fait") ?? "";
    const notice = fait in INFORMATION_NOTICES ? (fait as InformationNotice) : undefined;
    return myInformationPage(c, 200, { notice });
  });
  app.post(PRO_PATHS.myInformation, kit.pageAuth, async (c) => {
    const actor = c.var.actor;
    const read = await readPageForm(c);
    if (!read.ok) return unreadableFormResponse(c);
    const form = read.value;
    const person: PersonValues = {
      firstName: textOf(form, "firstName"),
      lastName: textOf(form, "lastName"),
      phone: textOf(form, "phone"),
      email: textOf(form, "email"),
      version: textOf(form, "version"),
    };
    const version = Number.parseInt(person.version, 10);
    const { version: _typed, ...fields } = person;
    const parsed = MeUpdateSchema.safeParse({ ...fields, version: Number.isInteger(version) ? version : undefined });
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error, contactLabels(fields.email));
      return myInformationPage(c, 422, { person, errors });
    }
    const { version: expectedVersion, ...change } = parsed.data;
    const updated = await useCases.updateMe({ actor, change, expectedVersion });
    if (!updated.ok) {
      const { error } = updated;
      if (error.code === "UNAUTHENTICATED") return siteRedirect(c, SITE_PATHS.login);
      if (error.code === "EMAIL_MALFORMED")
        return myInformationPage(c, 422, { person, errors: { email: refusalText(error) } });
      // CONFLICT: the page shows the stored values again, with the reason.
      if (error.code === "CONFLICT") return myInformationPage(c, 409, { errors: { "": refusalText(error) } });
      return myInformationPage(c, 429, { person, errors: { "": refusalText(error) } });
    }
    const notice: InformationNotice = updated.value.pendingEmail ? "email" : "enregistre";
    return siteRedirect(c, `${PRO_PATHS.myInformation}?fait=${notice}`);
  });

  async function membersPage(
    c: Context<Env>,
    status: 200 | 403 | 404 | 409 | 422 | 429,
    view: { notice?: MemberNotice; email?: string; errors?: FieldErrors },
  ) {
    const actor = c.var.actor;
    const acting = actingOrRedirect(c, actor);
    if (acting instanceof Response) return acting;
    const members = acting ? await reads.listMembers(acting.id) : [];
    return sitePageResponse(
      c,
      status,
      <MembersPage organisation={acting} members={members} me={actor.userId} account={accountOf(actor)} {...view} />,
    );
  }

  async function myInformationPage(
    c: Context<Env>,
    status: 200 | 409 | 422 | 429,
    view: { notice?: InformationNotice; person?: PersonValues; errors?: FieldErrors },
  ) {
    const actor = c.var.actor;
    const acting = actingOrRedirect(c, actor);
    if (acting instanceof Response) return acting;
    const me = await useCases.getMe({ actor });
    if (!me.ok) return siteRedirect(c, SITE_PATHS.login);
    const { user } = me.value;
    const establishment = acting ? await reads.establishmentProfileOf(acting.id) : null;
    const stored: PersonValues = {
      firstName: user.firstName ?? "",
      lastName: user.lastName ?? "",
      phone: phoneForField(user.phone),
      email: user.email,
      version: String(user.version),
    };
    // After a refusal, what the person typed, on the version they had read.
    const person = view.person ?? stored;
    return sitePageResponse(
      c,
      status,
      <MyInformationPage
        organisation={acting}
        establishment={establishment}
        person={person}
        account={accountOf(actor)}
        notice={view.notice}
        errors={view.errors}
      />,
    );
  }

  documentPages(app);
  return app;
}

function chooser(c: Context<Env>, actor: Actor, suite: string, status: 200 | 422, errors?: FieldErrors) {
  return sitePageResponse(
    c,
    status,
    <OrganisationChooserPage
      organisations={actor.organisations}
      chosen={actor.requestedOrganisationId}
      suite={suite}
      errors={errors}
      account={accountOf(actor)}
    />,
  );
}

const emailMessage = (typed: string) => contactLabels(typed).email;

function documentPages(app: OpenAPIHono<Env>) {
  const tags = ["Pages (HTML)"];
  const form = (schema: z.ZodObject) => ({
    body: { required: true, content: { "application/x-www-form-urlencoded": { schema } } },
  });
  const refused = htmlPage("Formulaire refusé : le formulaire à nouveau, avec les erreurs");
  const suiteQuery = z.object({ suite: z.string().optional() });
  const registry = app.openAPIRegistry;
  registry.registerPath({
    method: "get",
    path: SITE_PATHS.login,
    tags,
    summary: "Connexion à l’espace recruteur et CFA : adresse e-mail, lien de connexion",
    request: { query: suiteQuery },
    responses: { 200: htmlPage("Le formulaire"), 303: redirectTo("Déjà connecté : vers l’espace (ou `suite`)") },
  });
  registry.registerPath({
    method: "post",
    path: SITE_PATHS.login,
    tags,
    summary: "Demande d’un lien de connexion (même réponse que l’adresse ait un compte ou non)",
    request: form(z.object({ email: z.string(), suite: z.string().optional() })),
    responses: {
      303: redirectTo("Vers « Vérifiez votre boîte mail »"),
      422: refused,
      429: htmlPage("Trop de demandes"),
    },
  });
  registry.registerPath({
    method: "get",
    path: LINK_SENT,
    tags,
    summary: "« Vérifiez votre boîte mail » après une demande de lien de connexion",
    request: { query: z.object({ minutes: z.string().optional() }) },
    responses: { 200: htmlPage("La page") },
  });
  registry.registerPath({
    method: "post",
    path: SITE_PATHS.logout,
    tags,
    summary: "Déconnexion (bouton « Se déconnecter » de l’en-tête) : session close, cookie effacé, retour à l’accueil",
    security: SESSION_SECURITY,
    responses: { 303: redirectTo("Vers l’accueil") },
  });
  registry.registerPath({
    method: "get",
    path: PRO_PATHS.organisation,
    tags,
    summary: "Choisir l’établissement pour lequel on agit (membre de plusieurs)",
    security: SESSION_SECURITY,
    request: { query: suiteQuery },
    responses: {
      200: htmlPage("La liste des établissements"),
      303: redirectTo("Un seul établissement, ou non connecté"),
    },
  });
  registry.registerPath({
    method: "post",
    path: PRO_PATHS.organisation,
    tags,
    summary: "Retient l’établissement choisi (cookie `organisation`) et ramène à la page demandée",
    security: SESSION_SECURITY,
    request: form(z.object({ organisation: z.string(), suite: z.string().optional() })),
    responses: { 303: redirectTo("Vers `suite`, sinon l’espace"), 422: refused },
  });
  registry.registerPath({
    method: "get",
    path: PRO_PATHS.members,
    tags,
    summary: "Les membres de l’établissement ; inviter et retirer (administrateurs)",
    security: SESSION_SECURITY,
    responses: { 200: htmlPage("Les membres"), 303: redirectTo("Non connecté, ou établissement à choisir") },
  });
  registry.registerPath({
    method: "post",
    path: `${PRO_PATHS.members}/inviter`,
    tags,
    summary: "Inviter un collègue par e-mail (administrateurs)",
    security: SESSION_SECURITY,
    request: form(z.object({ email: z.string() })),
    responses: {
      303: redirectTo("Vers les membres, invitation envoyée"),
      403: htmlPage("Réservé aux administrateurs"),
      422: refused,
      429: htmlPage("Trop d’e-mails vers cette adresse"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${PRO_PATHS.members}/retirer`,
    tags,
    summary: "Retirer un membre (administrateurs) ou quitter l’établissement",
    security: SESSION_SECURITY,
    request: form(z.object({ membre: z.string() })),
    responses: {
      303: redirectTo("Vers les membres (ou l’espace après un départ)"),
      403: htmlPage("Réservé aux administrateurs"),
      404: htmlPage("Cette personne n’est pas membre"),
      409: htmlPage("Dernier administrateur : en nommer un autre d’abord"),
    },
  });
  registry.registerPath({
    method: "get",
    path: PRO_PATHS.myInformation,
    tags,
    summary: "Mes informations : l’établissement (INSEE) et mes coordonnées, modifiables",
    security: SESSION_SECURITY,
    responses: { 200: htmlPage("La page"), 303: redirectTo("Non connecté, ou établissement à choisir") },
  });
  registry.registerPath({
    method: "post",
    path: PRO_PATHS.myInformation,
    tags,
    summary: "Enregistre prénom, nom, téléphone ; une nouvelle adresse e-mail reçoit un lien de confirmation",
    security: SESSION_SECURITY,
    request: form(z.object({ firstName: z.string(), lastName: z.string(), phone: z.string(), email: z.string() })),
    responses: {
      303: redirectTo("Vers la page, avec la confirmation"),
      409: htmlPage("Modifié entre-temps"),
      422: refused,
      429: htmlPage("Trop de liens vers cette adresse"),
    },
  });
}
