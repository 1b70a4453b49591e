/** A fixture: a demo value, or a few of them together (e.g. a company's SIRET and email). */
type FixtureValue = string | null | Readonly<Record<string, string | string[]>>;

/** A context's contribution to GET /dev/fixtures: demo values its offline adapters know. */
export type FixtureSource = () => Promise<Readonly<Record<string, FixtureValue>>>;

/** GET /dev/fixtures (docs/API.md "Development mode only"); keys a context has not contributed yet are null. */
export type DevFixtures = Readonly<{ adminEmail: string | null; partnerApiKey: string | null }> &
  Readonly<Record<string, FixtureValue>>;

/** Merges the sources the composition root lists; later sources win. */
export function getDevFixtures(deps: { sources: readonly FixtureSource[] }) {
  return async (): Promise<DevFixtures> => {
    const parts = await Promise.all(deps.sources.map((source) => source()));
    return Object.assign({ adminEmail: null, partnerApiKey: null }, ...parts);
  };
}
