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
 * data changes rarely; sign-up looks the same SIRET up twice (preview, then submit). Failures are never cached,
 * so an outage ends for everyone as soon as INSEE answers again.
 */
export function createCachedEstablishmentDirectory(
  inner: EstablishmentDirectory,
  options: EstablishmentCacheOptions,
): EstablishmentDirectory {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 10_000;
  return {
    async findBySiret(siret) {
      const now = options.clock.now().getTime();
      const cached = entries.get(siret);
      if (cached && cached.expiresAt > now) return cached.value;
      entries.delete(siret);
      const value = await inner.findBySiret(siret);
      const ttl = value === null ? options.notFoundTtlMs : options.ttlMs;
      if (ttl > 0) remember(entries, maxEntries, siret, { value, expiresAt: now + ttl });
      return value;
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
