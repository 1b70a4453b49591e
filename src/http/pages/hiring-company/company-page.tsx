import { OpenAPIHono, z } from "@hono/zod-openapi";
import {
  type HiringCompany,
  type HiringCompanyUseCases,
  publicNameOf,
} from "../../../application/hiring-company/index.ts";
import { frenchPhone } from "../../../domain/shared/french-phone.ts";
import { errorsAsPages } from "../html-errors.ts";
import { Layout } from "../layout.tsx";
import { MessagePage } from "../site/message-page.tsx";
import type { SitePageKit } from "../site/site-kit.ts";
import { applyHref, SITE_PATHS } from "../site/site-paths.ts";
import { sitePageResponse } from "../site/site-response.ts";

const PATH = "/entreprises/:siret";

/**
 * `/entreprises/{siret}`: a company of the hiring-prediction algorithm (a spontaneous application, FAQ "Quelle est
 * la différence entre une offre d'emploi et une candidature spontanée"): "Postuler" when its email is known, else
 * its phone and website. A dereferenced or unknown company is a 404 page. Not indexed: it has posted no offer.
 */
export function companyPageRoutes(useCases: Pick<HiringCompanyUseCases, "getHiringCompany">, _kit: SitePageKit) {
  const app = new OpenAPIHono();
  app.get(PATH, errorsAsPages, async (c) => {
    const found = await useCases.getHiringCompany({ siret: c.req.param("siret") });
    if (!found.ok)
      return sitePageResponse(
        c,
        404,
        <MessagePage
          title="Entreprise introuvable"
          section="candidate"
          lines={["Cette entreprise n’apparaît pas, ou plus, dans les résultats de La bonne alternance."]}
        />,
      );
    return sitePageResponse(c, 200, <CompanyPage company={found.value} />, "public");
  });
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/entreprises/{siret}",
    tags: ["Pages (HTML)"],
    summary: "Une entreprise à qui proposer une candidature spontanée, et comment la joindre",
    request: { params: z.object({ siret: z.string() }) },
    responses: {
      200: { description: "L’entreprise", content: { "text/html": { schema: z.string() } } },
      404: { description: "Entreprise inconnue ou déréférencée", content: { "text/html": { schema: z.string() } } },
    },
  });
  return app;
}

function CompanyPage({ company }: Readonly<{ company: HiringCompany }>) {
  const name = publicNameOf(company);
  const { street, postcode, city } = company.address;
  return (
    <Layout title={name} section="candidate">
      <span class="badge badge-company">Candidature spontanée</span>
      <h1>{name}</h1>
      <p>
        Cette entreprise n’a pas publié d’offre, mais d’après les embauches passées de son secteur et de sa taille, elle
        est susceptible de recruter des alternants. Proposez-lui votre candidature avant qu’elle ne publie une offre.{" "}
        <a href={SITE_PATHS.ranking}>En savoir plus sur les candidatures spontanées</a>
      </p>
      <ContactWays company={company} />
      <dl>
        {company.brand && company.brand !== company.legalName ? (
          <>
            <dt>Raison sociale</dt>
            <dd>{company.legalName}</dd>
          </>
        ) : null}
        <dt>Secteur d’activité</dt>
        <dd>{company.nafLabel}</dd>
        <dt>Adresse</dt>
        <dd>{[street, `${postcode} ${city}`].filter(Boolean).join(", ")}</dd>
        <dt>SIRET</dt>
        <dd>{company.siret}</dd>
      </dl>
    </Layout>
  );
}

function ContactWays({ company }: Readonly<{ company: HiringCompany }>) {
  if (company.email !== null) {
    return (
      <p>
        <a class="button" href={applyHref({ kind: "company", id: company.siret })}>
          Postuler
        </a>
      </p>
    );
  }
  const ways = [
    company.phone ? <a href={`tel:${company.phone}`}>Appeler le {frenchPhone(company.phone)}</a> : null,
    company.website ? (
      <a href={company.website} rel="noopener">
        Site de l’entreprise
      </a>
    ) : null,
  ].filter(Boolean);
  if (ways.length === 0) {
    return <p>Nous ne connaissons pas ses coordonnées : présentez-vous directement à l’adresse ci-dessous.</p>;
  }
  return (
    <>
      <p>Nous ne connaissons pas son adresse e-mail : contactez-la directement.</p>
      <ul class="pagination">
        {ways.map((way) => (
          <li>{way}</li>
        ))}
      </ul>
    </>
  );
}
