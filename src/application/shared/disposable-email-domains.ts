/**
 * Throwaway mail providers (docs/PRODUCT.md §8 "disposable email domains refused"): whoever writes to such an
 * address is never read. A shared-kernel port, for every context that takes a candidate's email.
 */
export interface DisposableEmailDomains {
  /**
   * Whether `domain` (lower-case, what follows the @) is a disposable provider's, or a subdomain of a provider
   * that hands out whole subdomains. Never throws for an unknown domain: it is simply not disposable.
   */
  isDisposable(domain: string): Promise<boolean>;
}

/** The domain of an address, lower-cased ("Zoé@Exemple.FR" → "exemple.fr"). */
export function emailDomainOf(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase();
}
