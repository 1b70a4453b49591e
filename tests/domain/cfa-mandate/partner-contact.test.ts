import { describe, expect, it } from "vitest";
import {
  type CfaUserContact,
  checkPartnerContact,
  emailDomainOf,
  type PartnerContact,
} from "../../../src/domain/cfa-mandate/partner-contact.ts";
import { isPublicMailDomain, PUBLIC_MAIL_DOMAINS } from "../../../src/domain/cfa-mandate/public-mail-domains.ts";
import type { Email } from "../../../src/domain/shared/email.ts";
import type { PhoneNumber } from "../../../src/domain/shared/phone-number.ts";

const aContact = (overrides: { phone?: string; email?: string } = {}): PartnerContact => ({
  firstName: "Léa",
  lastName: "Boulanger",
  phone: (overrides.phone ?? "+33478000000") as PhoneNumber,
  email: (overrides.email ?? "lea@boulangerie-test.fr") as Email,
});

const cfaUser = (overrides: { phone?: string | null; email?: string } = {}): CfaUserContact => ({
  email: (overrides.email ?? "camille@cfa-metiers.fr") as Email,
  phone: overrides.phone === undefined ? "+33612345678" : overrides.phone,
});

describe("checkPartnerContact", () => {
  it("accepts a contact of the company, distinct from the CFA user", () => {
    const contact = aContact();
    expect(checkPartnerContact(contact, cfaUser())).toEqual({ ok: true, value: contact });
  });

  it.each([
    ["the CFA user's phone", aContact({ phone: "+33612345678" }), cfaUser(), "phone"],
    [
      "the same phone typed nationally on the account",
      aContact({ phone: "+33612345678" }),
      cfaUser({ phone: "06 12 34 56 78" }),
      "phone",
    ],
    ["the CFA user's email", aContact({ email: "camille@cfa-metiers.fr" }), cfaUser(), "email"],
    [
      "another address at the CFA's private domain",
      aContact({ email: "direction@cfa-metiers.fr" }),
      cfaUser(),
      "emailDomain",
    ],
    [
      "the CFA's domain, whatever the case on the account",
      aContact({ email: "rh@cfa-metiers.fr" }),
      cfaUser({ email: "Camille@CFA-Metiers.fr" }),
      "emailDomain",
    ],
  ])("refuses %s (CONTACT_SAME_AS_CFA, %s)", (_case, contact, user, field) => {
    expect(checkPartnerContact(contact, user)).toEqual({ ok: false, error: { code: "CONTACT_SAME_AS_CFA", field } });
  });

  it("names the phone first when both phone and email are the CFA's", () => {
    const contact = aContact({ phone: "+33612345678", email: "camille@cfa-metiers.fr" });
    expect(checkPartnerContact(contact, cfaUser())).toMatchObject({ error: { field: "phone" } });
  });

  it.each([
    ["gmail.com"],
    ["yahoo.fr"],
    ["hotmail.fr"],
    ["outlook.fr"],
    ["orange.fr"],
    ["free.fr"],
    ["sfr.fr"],
    ["laposte.net"],
    ["wanadoo.fr"],
    ["icloud.com"],
    ["live.fr"],
  ])("lets two different addresses share the public webmail %s", (domain) => {
    const contact = aContact({ email: `lea.boulanger@${domain}` });
    const user = cfaUser({ email: `camille.cfa@${domain}` });
    expect(checkPartnerContact(contact, user)).toEqual({ ok: true, value: contact });
  });

  it("still refuses the very same webmail address", () => {
    const user = cfaUser({ email: "camille.cfa@gmail.com" });
    expect(checkPartnerContact(aContact({ email: "camille.cfa@gmail.com" }), user)).toMatchObject({
      error: { field: "email" },
    });
  });

  it("does not take a sub-domain for the same domain", () => {
    const contact = aContact({ email: "rh@boulangerie.cfa-metiers.fr" });
    expect(checkPartnerContact(contact, cfaUser())).toMatchObject({ ok: true });
  });

  it("compares no phone when the CFA user has none", () => {
    expect(checkPartnerContact(aContact(), cfaUser({ phone: null }))).toMatchObject({ ok: true });
  });

  it("tells a different number with the same last digits apart", () => {
    const contact = aContact({ phone: "+262692345678" });
    expect(checkPartnerContact(contact, cfaUser({ phone: "+33692345678" }))).toMatchObject({ ok: true });
  });
});

describe("public mail domains", () => {
  it("holds lower-case domains only, and matches whatever the case", () => {
    for (const domain of PUBLIC_MAIL_DOMAINS) expect(domain).toBe(domain.toLowerCase());
    expect(isPublicMailDomain("GMAIL.com")).toBe(true);
    expect(isPublicMailDomain("cfa-metiers.fr")).toBe(false);
  });

  it("reads the domain after the last @", () => {
    expect(emailDomainOf("a@b@Exemple.FR")).toBe("exemple.fr");
  });
});
