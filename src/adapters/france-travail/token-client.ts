import { PartnerOffersUnavailable } from "../../application/partner-offer/ports.ts";
import { TOKEN_SCOPE, TokenAnswerSchema } from "./wire-format.ts";

export type TokenClientOptions = Readonly<{
  /** https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=%2Fpartenaire */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}>;

/** A token is renewed this long before France Travail says it expires (a page request may take a while). */
const RENEW_BEFORE_MS = 60_000;

/**
 * France Travail's OAuth2 client-credentials token, fetched once and kept until shortly before it expires;
 * `forget` drops it (the API refused it: 401), so the next `token` fetches a new one.
 */
export function createTokenClient(options: TokenClientOptions) {
  const fetchFn = options.fetch ?? fetch;
  let cached: { value: string; renewAt: number } | null = null;
  return {
    async token(): Promise<string> {
      if (cached && Date.now() < cached.renewAt) return cached.value;
      const answer = await requestToken(fetchFn, options);
      const lifetimeMs = answer.expires_in * 1000;
      cached = {
        value: answer.access_token,
        renewAt: Date.now() + Math.max(lifetimeMs - RENEW_BEFORE_MS, lifetimeMs / 2),
      };
      return cached.value;
    },
    forget(): void {
      cached = null;
    },
  };
}

async function requestToken(fetchFn: typeof fetch, options: TokenClientOptions) {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: options.clientId,
    client_secret: options.clientSecret,
    scope: TOKEN_SCOPE,
  });
  let response: Response;
  try {
    response = await fetchFn(options.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new PartnerOffersUnavailable(`France Travail token: no answer (${(error as Error).message})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new PartnerOffersUnavailable(`France Travail token: HTTP ${response.status}`);
  }
  const parsed = TokenAnswerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new PartnerOffersUnavailable("France Travail token: unreadable answer");
  return parsed.data;
}

export type TokenClient = ReturnType<typeof createTokenClient>;
