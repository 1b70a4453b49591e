import type { DisposableEmailDomains } from "../../application/shared/disposable-email-domains.ts";

type Lists = Readonly<{ exact: ReadonlySet<string>; wildcard: readonly string[] }>;

/**
 * The list of the npm package `disposable-email-domains` (pinned in package.json; updating the package updates the
 * list): `index.json` names whole domains, `wildcard.json` providers whose every subdomain is disposable too. Read
 * once, on first use, so a start-up that never checks an address does not pay for 120,000 names.
 */
export function createPackagedDisposableEmailDomains(): DisposableEmailDomains {
  let lists: Promise<Lists> | null = null;
  const load = async (): Promise<Lists> => {
    const [exact, wildcard] = await Promise.all([
      import("disposable-email-domains/index.json", { with: { type: "json" } }),
      import("disposable-email-domains/wildcard.json", { with: { type: "json" } }),
    ]);
    return { exact: new Set(exact.default as string[]), wildcard: wildcard.default as string[] };
  };
  return {
    async isDisposable(domain) {
      lists ??= load();
      const { exact, wildcard } = await lists;
      const name = domain.trim().toLowerCase();
      if (exact.has(name)) return true;
      return wildcard.some((provider) => name === provider || name.endsWith(`.${provider}`));
    },
  };
}

/** A fixed list (tests, and the offline demo if it wants its own): same matching rules as the packaged one. */
export function createListedDisposableEmailDomains(domains: readonly string[]): DisposableEmailDomains {
  const listed = domains.map((domain) => domain.toLowerCase());
  return {
    isDisposable: async (domain) => {
      const name = domain.trim().toLowerCase();
      return listed.some((provider) => name === provider || name.endsWith(`.${provider}`));
    },
  };
}
