import { z } from "zod";
import type { OpcoResolver } from "../../application/recruiter/ports.ts";
import type { NomenclatureReferential } from "../../application/referential/ports.ts";
import type { Logger } from "../../application/shared/ports.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import { fetchWithRetry } from "../http/fetch-with-retry.ts";

const DEFAULT_FRANCE_COMPETENCES_BASE_URL = "https://api.francecompetences.fr";

export type FranceCompetencesOptions = Readonly<{
  /** FRANCE_COMPETENCES_API_KEY, sent as `X-Gravitee-Api-Key` (France compétences' API gateway). */
  apiKey: string;
  baseUrl?: string | undefined;
  /** Budget of one look-up, retries included (3 s by default): sign-up waits for it. */
  timeoutMs?: number;
  /** First retry delay after a 429, a 5xx or a network failure; it doubles. */
  retryBaseMs?: number;
  /** For the OPCO's label and code, and for the IDCC table when France compétences has no answer. */
  nomenclatures: NomenclatureReferential;
  /** Answers when France compétences cannot: the IDCC table. */
  fallback: OpcoResolver;
  logger: Logger;
}>;

/**
 * France compétences' SIRET → OPCO service (SIRO, `GET /siro/v1/public/{siret}`). `code` "01": the SIRET is in
 * its register with its OPCO de rattachement; "02"/"03": not found but claimed by an OPCO (not trusted, as
 * La bonne alternance does); "99": unknown. Only "01" with a known OPCO is used; everything else, including
 * failures and timeouts (after at most 2 retries, fetchWithRetry), goes to `fallback`: the OPCO is optional at
 * sign-up ("je ne sais pas").
 */
const SiroResponseSchema = z.object({
  code: z.string(),
  idcc: z.string().nullish(),
  opcoRattachement: z.object({ code: z.string().nullish(), nom: z.string() }).nullish(),
});

/** France compétences' OPCO names → the codes of our referential (data/referential/opco.json). */
const OPCO_CODES: Readonly<Record<string, string>> = {
  AFDAS: "AFDAS",
  AKTO: "AKTO",
  ATLAS: "ATLAS",
  CONSTRUCTYS: "CONSTRUCTYS",
  "L'OPCOMMERCE": "OPCOMMERCE",
  OCAPIAT: "OCAPIAT",
  OPCO2I: "OPCO2I",
  "OPCO EP": "EP",
  "OPCO MOBILITES": "MOBILITE",
  "OPCO SANTE": "SANTE",
  "UNIFORMATION COHESION SOCIALE": "UNIFORMATION",
};

export function createFranceCompetencesOpcoResolver(options: FranceCompetencesOptions): OpcoResolver {
  const base = (options.baseUrl ?? DEFAULT_FRANCE_COMPETENCES_BASE_URL).replace(/\/+$/, "");
  return {
    async resolve(siret, idccs) {
      const answer = await lookUp(`${base}/siro/v1/public/${siret}`, options, siret);
      const code = answer?.code === "01" ? OPCO_CODES[normalise(answer.opcoRattachement?.nom ?? "")] : undefined;
      const opco = code ? (await options.nomenclatures.listOpcos()).find((o) => o.code === code) : undefined;
      if (opco) return opco;
      const theirIdcc = Number(answer?.idcc);
      const withTheirs = Number.isInteger(theirIdcc) && theirIdcc > 0 ? [...idccs, theirIdcc] : idccs;
      return options.fallback.resolve(siret, withTheirs);
    },
  };
}

async function lookUp(url: string, options: FranceCompetencesOptions, siret: Siret) {
  try {
    const request = { headers: { "X-Gravitee-Api-Key": options.apiKey, Accept: "application/json" } };
    const response = await fetchWithRetry(url, request, {
      upstream: "France compétences",
      budgetMs: options.timeoutMs ?? 3_000,
      retryBaseMs: options.retryBaseMs ?? 200,
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}`);
    }
    return SiroResponseSchema.parse(await response.json());
  } catch (error) {
    options.logger.warn("France compétences OPCO look-up failed, using the IDCC table", {
      siret,
      error: (error as Error).message,
    });
    return null;
  }
}

/** Upper case without accents: "OPCO Santé" and "OPCO SANTE" are the same name. */
function normalise(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toUpperCase();
}
