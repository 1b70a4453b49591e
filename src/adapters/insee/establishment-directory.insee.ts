import type { EstablishmentDirectory } from "../../application/recruiter/ports.ts";
import { UpstreamUnavailable } from "../../application/shared/ports.ts";
import type { Establishment } from "../../domain/shared/establishment.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import { fetchWithRetry } from "../http/fetch-with-retry.ts";
import { SireneEtablissementResponseSchema, toEstablishment } from "./sirene-etablissement.ts";

const UPSTREAM = "INSEE";
/** INSEE's API portal since 2024 (portail-api.insee.fr): API Sirene 3.11, the reference version since April 2024. */
const DEFAULT_INSEE_BASE_URL = "https://api.insee.fr/api-sirene/3.11";

export type InseeDirectoryOptions = Readonly<{
  /** INSEE_API_KEY: the key of an application subscribed to API Sirene, sent as `X-INSEE-Api-Key-Integration`. */
  apiKey: string;
  /** INSEE_BASE_URL; a local stub in tests. */
  baseUrl?: string | undefined;
  /** Budget of one look-up, retries included (INSEE_TIMEOUT_MS, 5 s by default). */
  timeoutMs?: number;
  /** First retry delay; it doubles, and a `Retry-After` within the budget is honoured. */
  retryBaseMs?: number;
}>;

/**
 * API Sirene 3.11 `GET /siret/{siret}` (anti-corruption layer, docs/ARCHITECTURE.md "Adapters"): 200 → the establishment
 * (zod-parsed, mapped by toEstablishment), 404 → null, 403 → non-diffusible (INSEE's answer for units whose data
 * it does not publish), 429 (INSEE allows 30 calls a minute per key), 5xx or a network failure → at most 2 retries
 * with backoff (fetchWithRetry), then UpstreamUnavailable; timeout, an unexpected status or body → UpstreamUnavailable.
 */
export function createInseeEstablishmentDirectory(options: InseeDirectoryOptions): EstablishmentDirectory {
  const base = (options.baseUrl ?? DEFAULT_INSEE_BASE_URL).replace(/\/+$/, "");
  const request = { headers: { "X-INSEE-Api-Key-Integration": options.apiKey, Accept: "application/json" } };
  const policy = { upstream: UPSTREAM, budgetMs: options.timeoutMs ?? 5_000, retryBaseMs: options.retryBaseMs ?? 250 };
  return {
    async findBySiret(siret) {
      const response = await fetchWithRetry(`${base}/siret/${siret}`, request, policy);
      return interpret(siret, response);
    },
  };
}

async function interpret(siret: Siret, response: Response): Promise<Establishment | null> {
  if (response.status === 404) return discard(response, null);
  if (response.status === 403) return discard(response, { siret, diffusible: false });
  if (response.status !== 200) throw await failureOf(response);
  const parsed = SireneEtablissementResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new UpstreamUnavailable(UPSTREAM, `unexpected body: ${parsed.error.message}`);
  return toEstablishment(siret, parsed.data.etablissement);
}

/** INSEE's error body is `{header: {statut, message}}`. */
async function failureOf(response: Response): Promise<UpstreamUnavailable> {
  const body = (await response.json().catch(() => null)) as { header?: { message?: unknown } } | null;
  const message = typeof body?.header?.message === "string" ? body.header.message : response.statusText;
  return new UpstreamUnavailable(UPSTREAM, `HTTP ${response.status}: ${message}`);
}

async function discard<T>(response: Response, value: T): Promise<T> {
  await response.body?.cancel();
  return value;
}
