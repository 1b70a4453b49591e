import { OpenAPIHono } from "@hono/zod-openapi";
import { type HiringCompanyUseCases, UNSUBSCRIPTION_PAGE_PATH } from "../../../application/hiring-company/index.ts";
import { ok } from "../../../domain/shared/result.ts";
import { type ActionPage, actionPageRoutes } from "../index.ts";

type Deps = Pick<HiringCompanyUseCases, "readUnsubscription" | "confirmUnsubscription">;

const listed = (companies: readonly { siret: string; name: string; city: string }[]) =>
  companies.map((company) => ({
    term: company.name,
    value: company.city === "" ? `SIRET ${company.siret}` : `SIRET ${company.siret}, ${company.city}`,
  }));

/**
 * The page the dereferencing email opens (FAQ "Comment déréférencer mon entreprise"): GET says what will happen
 * and changes nothing (mail scanners follow links); only the button's POST takes the company out of search.
 */
function unsubscriptionPage(useCases: Deps): ActionPage {
  return {
    path: `${UNSUBSCRIPTION_PAGE_PATH}/:token`,
    summary: "Confirmation du déréférencement d'une entreprise",
    load: async (token) => {
      const read = await useCases.readUnsubscription({ token });
      if (!read.ok) return read;
      return ok({
        title: "Déréférencer votre entreprise de La bonne alternance",
        intro: [
          "Après confirmation, les entreprises ci-dessous n’apparaîtront plus dans les résultats de recherche des candidats, ni maintenant ni lors des prochaines mises à jour de la liste.",
          "Les candidats ne pourront plus vous adresser de candidature spontanée depuis notre service.",
        ],
        details: listed(read.value.companies),
        submitLabel: "Je confirme le déréférencement",
        secondary: { label: "Non, revenir à l’accueil", href: "/" },
      });
    },
    act: async (token) => {
      const done = await useCases.confirmUnsubscription({ token });
      if (!done.ok) return done;
      return ok({
        kind: "page",
        title: "Entreprise déréférencée",
        message: [
          `${done.value.companies.map((company) => company.name).join(", ")} n’apparaît plus dans les résultats de recherche de La bonne alternance.`,
          "Ce choix est conservé lors des prochaines mises à jour de la liste des entreprises.",
        ],
        next: { label: "Revenir à l’accueil", href: "/" },
      });
    },
  };
}

export function hiringCompanyPageRoutes(useCases: Deps) {
  const app = new OpenAPIHono();
  app.route("/", actionPageRoutes(unsubscriptionPage(useCases)));
  return app;
}
