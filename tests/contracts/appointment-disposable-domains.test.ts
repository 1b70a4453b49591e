import {
  createListedDisposableEmailDomains,
  createPackagedDisposableEmailDomains,
} from "../../src/adapters/email-domains/disposable-email-domains.list.ts";
import { disposableEmailDomainsContract } from "./appointment-disposable-domains.contract.ts";

disposableEmailDomainsContract("fixed list", () =>
  createListedDisposableEmailDomains(["mailinator.com", "33mail.com"]),
);
disposableEmailDomainsContract("packaged list (disposable-email-domains)", createPackagedDisposableEmailDomains);
