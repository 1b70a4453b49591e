import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { OrganisationDescription, RecruiterUseCases as UseCases } from "../../application/recruiter/index.ts";
import { type ActorMiddleware, AUTHENTICATED } from "../middleware/authentication.ts";
import { recruiterProblem } from "../recruiter-errors.ts";
import { problemContent } from "../schemas/problem.schema.ts";
import { OrganisationDescriptionSchema } from "../schemas/recruiter.schema.ts";
import { validationHook } from "../validation.ts";

const describeRoute = createRoute({
  method: "get",
  path: "/api/v1/organisation",
  tags: ["Mon organisation"],
  summary: "L'organisation pour laquelle j'agis : établissement, OPCO, membres",
  description: "Membre de plusieurs organisations : indiquez laquelle avec l'en-tête X-Organisation-Id.",
  security: AUTHENTICATED,
  responses: {
    200: { description: "L'organisation", content: { "application/json": { schema: OrganisationDescriptionSchema } } },
    400: problemContent("Plusieurs organisations et pas d'en-tête X-Organisation-Id (ORGANISATION_REQUIRED)"),
    401: problemContent("Non connecté (UNAUTHENTICATED)"),
    403: problemContent("Pas membre de cette organisation (NOT_A_MEMBER)"),
  },
});

export function organisationRoutes(useCases: UseCases, auth: ActorMiddleware) {
  return new OpenAPIHono({ defaultHook: validationHook }).openapi({ ...describeRoute, middleware: auth }, async (c) => {
    const result = await useCases.describeOrganisation({ actor: c.var.actor });
    return result.ok ? c.json(toBody(result.value), 200) : recruiterProblem(c, result.error);
  });
}

function toBody({ organisation, establishment, members }: OrganisationDescription) {
  const body: z.infer<typeof OrganisationDescriptionSchema> = {
    organisation: { ...organisation },
    establishment: establishment && {
      siret: establishment.siret,
      legalName: establishment.legalName,
      brand: establishment.brand,
      address: { ...establishment.address },
      nafCode: establishment.nafCode,
      nafLabel: establishment.nafLabel,
      headcountBand: establishment.headcountBand,
      opco: establishment.opco && { ...establishment.opco },
      uai: establishment.uai,
    },
    members: members.map(({ user: { id, email, firstName, lastName, phone }, role }) => ({
      id,
      email,
      firstName,
      lastName,
      phone,
      role,
    })),
  };
  return body;
}
