import { describe, expect, it } from "vitest";
import type { DisposableEmailDomains } from "../../src/application/shared/disposable-email-domains.ts";

/**
 * The DisposableEmailDomains port. Each adapter is given a list holding "mailinator.com" as a whole domain and
 * "33mail.com" as a provider of subdomains (the packaged list has both).
 */
export function disposableEmailDomainsContract(name: string, make: () => DisposableEmailDomains) {
  describe(`DisposableEmailDomains contract — ${name}`, () => {
    it("knows a listed domain whatever its case", async () => {
      const domains = make();
      expect(await domains.isDisposable("mailinator.com")).toBe(true);
      expect(await domains.isDisposable("MailInator.COM")).toBe(true);
    });

    it("knows the subdomains of a provider that hands them out", async () => {
      expect(await make().isDisposable("lea.33mail.com")).toBe(true);
    });

    it("leaves ordinary providers and look-alikes alone", async () => {
      const domains = make();
      for (const domain of [
        "gmail.com",
        "orange.fr",
        "laposte.net",
        "lea33mail.com",
        "mailinatorx.fr",
        "apprentissage.beta.gouv.fr",
      ]) {
        expect(await domains.isDisposable(domain), domain).toBe(false);
      }
    });
  });
}
