import { COMPANY_FILE_COLUMNS } from "../../src/adapters/company-file/company-file-format.ts";
import { companyNames, slugOf, streetAddress, surname } from "./names.ts";
import type { PlacePicker } from "./places.ts";
import type { Random } from "./prng.ts";
import { demoSiret } from "./siret.ts";
import type { TradePicker } from "./trades.ts";

/** One row of the algorithm companies file (the CSV header is COMPANY_COLUMNS, fixed with the import). */
export type GeneratedCompany = Readonly<{
  siret: string;
  raison_sociale: string;
  enseigne: string;
  naf: string;
  adresse: string;
  code_postal: string;
  commune: string;
  code_insee: string;
  latitude: number;
  longitude: number;
  /** `D1102:87|D1104:60`: ROME code and hiring score, best first. */
  romes: string;
  email: string;
  telephone: string;
  site_web: string;
}>;

/** The import's own column list (docs/DATA.md "Algorithm companies file"): the generator writes what it reads. */
export const COMPANY_COLUMNS = COMPANY_FILE_COLUMNS;

export const DEMO_DOMAIN = "demo.labonnealternance.local";

/** Contacts: 55 % have their own email, 10 % share a group's (2–4 SIRETs), the rest none. */
const OWN_EMAIL = 0.55;
const SHARED_EMAIL = 0.1;

export type CompanyFactory = Readonly<{
  /** The next company, its ROME code drawn (or the one given), its place from `places`. */
  next(random: Random, places: PlacePicker, rome?: string): GeneratedCompany;
}>;

export function companyFactory(trades: TradePicker, firstIndex = 0): CompanyFactory {
  let index = firstIndex;
  let group: { email: string; left: number } | null = null;
  const groupEmail = (random: Random) => {
    if (!group || group.left === 0) {
      const name = slugOf(`groupe ${surname(random)}`);
      group = { email: `recrutement@${name}-${index.toString(36)}.${DEMO_DOMAIN}`, left: random.int(2, 4) };
    }
    group.left -= 1;
    return group.email;
  };
  return {
    next(random, places, chosenRome) {
      const rome = chosenRome ?? trades.rome(random);
      const trade = trades.tradeFor(random, rome, ["85"]);
      const place = places(random);
      const names = companyNames(random, trade.naf.label, place.commune.name, index);
      const contact = random.next();
      const email =
        contact < OWN_EMAIL
          ? `${random.pick(["contact", "recrutement", "rh", "bonjour"])}@${names.slug}.${DEMO_DOMAIN}`
          : contact < OWN_EMAIL + SHARED_EMAIL
            ? groupEmail(random)
            : "";
      const company: GeneratedCompany = {
        siret: demoSiret(index),
        raison_sociale: names.legalName,
        enseigne: names.brand ?? "",
        naf: trade.naf.code,
        adresse: streetAddress(random),
        code_postal: place.commune.postcode,
        commune: place.commune.name,
        code_insee: place.commune.insee,
        latitude: place.latitude,
        longitude: place.longitude,
        romes: trade.romes.map((r) => `${r.code}:${r.score}`).join("|"),
        email,
        telephone: random.chance(0.6) ? `01 99 00 ${pair(random)} ${pair(random)}` : "",
        site_web: random.chance(0.35) ? `https://www.${names.slug}.${DEMO_DOMAIN}` : "",
      };
      index += 1;
      return company;
    },
  };
}

/** ARCEP keeps 01 99 00 00 00 – 01 99 00 99 99 for fiction: never assigned to a subscriber. */
const pair = (random: Random) => String(random.int(0, 99)).padStart(2, "0");

export function companyCsvLine(company: GeneratedCompany): string {
  return COMPANY_COLUMNS.map((column) => csvField(String(company[column]))).join(",");
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
