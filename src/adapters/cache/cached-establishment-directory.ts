import type { EstablishmentDirectory } from "../../application/recruiter/ports.ts";
import type { Clock } from "../../application/shared/ports.ts";
import type { Establishment } from "../../domain/shared/establishment.ts";

export type EstablishmentCacheOptions = Readonly<{
  clock: Clock;
  /** How long an establishment (diffusible or not) is reused: INSEE_CACHE_TTL_SECONDS, one day by default. */
  ttlMs: number;
  /** How long "unknown SIRET" is reused, shorter: a new company appears in Sirene within days. */
  notFoundTtlMs: number;
  /** Entries kept at most; the oldest goes first. */
  maxEntries?: number;
}>;

type Entry = { value: Establishment | null; expiresAt: number };

/**
 * Wraps any EstablishmentDirectory with an in-process TTL cache: INSEE allows 30 calls a minute per key and legal
 * data changes rarely; sign-up looks the same SIRET up twice (preview, then submit). Concurrent look-ups of one
 * SIRET that miss the cache share one call to INSEE (docs/adr/0016): a burst of requests for a SIRET spends one
 * call of the quota, not one each. Failures are never cached (the callers waiting on that call all get it), so an
 * outage ends for everyone as soon as INSEE answers again.
 */
export function createCachedEstablishmentDirectory(
  inner: EstablishmentDirectory,
  options: EstablishmentCacheOptions,
): EstablishmentDirectory {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Establishment | null>>();
  const maxEntries = options.maxEntries ?? 10_000;
  const fetch = async (siret: Parameters<EstablishmentDirectory["findBySiret"]>[0]) => {
    try {
      const value = await inner.findBySiret(siret);
      const ttl = value === null ? options.notFoundTtlMs : options.ttlMs;
      if (ttl > 0) remember(entries, maxEntries, siret, { value, expiresAt: options.clock.now().getTime() + ttl });
      return value;
    } finally {
      inFlight.delete(siret);
    }
  };
  return {
    async findBySiret(siret) {
      const cached = entries.get(siret);
      if (cached && cached.expiresAt > options.clock.now().getTime()) return cached.value;
      entries.delete(siret);
      let call = inFlight.get(siret);
      if (!call) {
        call = fetch(siret);
        inFlight.set(siret, call);
      }
      return call;
    },
  };
}

function remember(entries: Map<string, Entry>, maxEntries: number, key: string, entry: Entry): void {
  entries.set(key, entry);
  for (const oldest of entries.keys()) {
    if (entries.size <= maxEntries) break;
    entries.delete(oldest);
  }
}
