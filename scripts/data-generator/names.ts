import type { Random } from "./prng.ts";

/**
 * Made-up names and addresses for generated demo companies. Common French surnames and street names, combined at
 * random: any resemblance to a real company is accidental, and every name carries the "(démo)" label.
 */
const SURNAMES = [
  "Martin",
  "Bernard",
  "Thomas",
  "Petit",
  "Robert",
  "Richard",
  "Durand",
  "Dubois",
  "Moreau",
  "Laurent",
  "Simon",
  "Michel",
  "Lefebvre",
  "Leroy",
  "Roux",
  "David",
  "Bertrand",
  "Morel",
  "Fournier",
  "Girard",
  "Bonnet",
  "Dupont",
  "Lambert",
  "Fontaine",
  "Rousseau",
  "Vincent",
  "Muller",
  "Lefèvre",
  "Faure",
  "André",
  "Mercier",
  "Blanc",
  "Guérin",
  "Boyer",
  "Garnier",
  "Chevalier",
  "François",
  "Legrand",
  "Gauthier",
  "Garcia",
  "Perrin",
  "Robin",
  "Clément",
  "Morin",
  "Nicolas",
  "Henry",
  "Roussel",
  "Mathieu",
  "Gautier",
  "Masson",
  "Marchand",
  "Duval",
  "Denis",
  "Dumont",
  "Marie",
  "Lemaire",
  "Noël",
  "Meyer",
  "Dufour",
  "Meunier",
  "Brun",
  "Blanchard",
  "Giraud",
  "Joly",
  "Rivière",
  "Lucas",
  "Brunet",
  "Gaillard",
  "Barbier",
  "Arnaud",
] as const;
const STREET_TYPES = [
  "rue",
  "rue",
  "rue",
  "avenue",
  "boulevard",
  "place",
  "chemin",
  "allée",
  "impasse",
  "route",
] as const;
const STREET_NAMES = [
  "de la République",
  "Victor Hugo",
  "Jean Jaurès",
  "de la Gare",
  "des Écoles",
  "du Moulin",
  "Pasteur",
  "de l'Église",
  "des Lilas",
  "du Général de Gaulle",
  "de la Paix",
  "des Tilleuls",
  "Gambetta",
  "Voltaire",
  "de la Liberté",
  "du Stade",
  "des Acacias",
  "Jules Ferry",
  "du Marché",
  "de Verdun",
  "des Artisans",
  "de la Fontaine",
  "Émile Zola",
  "du Château",
  "des Vignes",
  "Louis Pasteur",
  "de Bretagne",
  "du Commerce",
  "des Peupliers",
  "Saint-Martin",
  "de l'Industrie",
  "des Roses",
  "Carnot",
  "du 8 Mai 1945",
  "des Prés",
] as const;
const LEGAL_FORMS = ["SARL", "SAS", "SASU", "EURL", "SA", "SNC"] as const;

export function surname(random: Random): string {
  return random.pick(SURNAMES);
}

export function streetAddress(random: Random): string {
  return `${random.int(1, 120)} ${random.pick(STREET_TYPES)} ${random.pick(STREET_NAMES)}`;
}

export type CompanyNames = Readonly<{ legalName: string; brand: string | null; slug: string }>;

/**
 * A legal name in Sirene's capitals and, for two companies in three, a trading name built from the first words of
 * the NAF sub-class ("Boulangerie et boulangerie-pâtisserie" → "Boulangerie Martin"). `unique` keeps the email
 * and website domains distinct (the company's index in the file).
 */
export function companyNames(random: Random, nafLabel: string, commune: string, unique: number): CompanyNames {
  const family = surname(random);
  const form = random.pick(LEGAL_FORMS);
  const trade = tradeWords(nafLabel);
  const style = random.int(0, 5);
  const legalName =
    style === 0
      ? `${form} ${family} ET FILS`
      : style === 1
        ? `${family} ${surname(random)} ${form}`
        : `${form} ${family}`;
  const brand =
    style === 2
      ? null
      : style === 3
        ? `${trade} de ${commune}`
        : style === 4
          ? `Établissements ${family}`
          : `${trade} ${family}`;
  const slug = `${slugOf(brand ?? legalName)}-${unique.toString(36)}`;
  return { legalName: `${legalName.toUpperCase()} (DÉMO)`, brand: brand ? `${brand} (démo)` : null, slug };
}

/** "Commerce de détail de pain, pâtisserie…" → "Commerce de détail de pain": up to the first comma, " et " or 4 words. */
function tradeWords(label: string): string {
  const head = label.split(/,| et | \(/)[0] ?? label;
  const words = head.trim().split(/\s+/).slice(0, 4);
  while (words.length > 1 && /^(de|du|des|d'|la|le|les|en|à|au|aux)$/i.test(words.at(-1) ?? "")) words.pop();
  return words.join(" ");
}

export function slugOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40)
    .replace(/-$/, "");
}
