import { type FranceTravailOfferInput, NATURE_LABELS } from "../../src/adapters/france-travail/wire-format.ts";
import { DEMO_DOMAIN } from "./companies.ts";
import { companyNames } from "./names.ts";
import type { PlacePicker } from "./places.ts";
import type { Random } from "./prng.ts";
import type { GeneratorReferential } from "./referential.ts";
import type { TradePicker } from "./trades.ts";

/** France Travail's education levels (`formations[].niveauLibelle`), from CAP to Bac+5. */
const LEVELS = [
  "CAP, BEP et équivalents",
  "Bac ou équivalent",
  "Bac+2 ou équivalents",
  "Bac+3, Bac+4 ou équivalents",
  "Bac+5 et plus ou équivalents",
] as const;

const DAY_MS = 86_400_000;

export type PartnerOfferFactory = Readonly<{
  /** The next offer in France Travail's wire format (src/adapters/france-travail/wire-format.ts). */
  next(random: Random, places: PlacePicker, rome?: string): FranceTravailOfferInput;
}>;

/**
 * DEMO offers in France Travail's format: ids of its shape ("123D4AB": three digits, a D, three base-36
 * characters, unique within a run), dates within the 90 days before `baseDate`, the company labelled "(démo)",
 * links on a demo host, an email for 40 % of them (France Travail rarely gives one).
 */
export function partnerOfferFactory(
  referential: GeneratorReferential,
  trades: TradePicker,
  baseDate: Date,
  firstIndex = 0,
): PartnerOfferFactory {
  let index = firstIndex;
  return {
    next(random, places, chosenRome) {
      const rome = chosenRome ?? trades.rome(random);
      const trade = trades.tradeFor(random, rome);
      const fiche = referential.fiches.get(rome);
      if (!fiche) throw new Error(`no fiche ${rome}`);
      const appellation = fiche.appellations.length > 0 ? random.pick(fiche.appellations) : fiche.label;
      const place = places(random);
      const names = companyNames(random, trade.naf.label, place.commune.name, index);
      const id = offerId(index);
      const created = new Date(baseDate.getTime() - random.int(0, 90 * DAY_MS - 1));
      created.setUTCMilliseconds(0);
      const updated = new Date(Math.min(baseDate.getTime() - 1000, created.getTime() + random.int(0, 10 * DAY_MS)));
      updated.setUTCMilliseconds(0);
      const nature = random.chance(0.8) ? "E2" : "FS";
      const months = random.pick([12, 12, 24, 24, 24, 36]);
      const company = names.brand ?? names.legalName;
      index += 1;
      return {
        id,
        intitule: `${appellation} en ${nature === "E2" ? "apprentissage" : "contrat de professionnalisation"} (H/F)`,
        description:
          `OFFRE DE DÉMONSTRATION générée (aucune entreprise réelle). ${company} recrute un ou une ` +
          `${appellation.toLowerCase()} en alternance à ${place.commune.name}, pour ${months} mois, ` +
          "au rythme de l'école. Vous apprenez le métier auprès d'une équipe qui vous accompagne au quotidien.",
        dateCreation: created.toISOString(),
        dateActualisation: updated.toISOString(),
        lieuTravail: {
          libelle: `${place.commune.departmentCode} - ${place.commune.name}`,
          latitude: place.latitude,
          longitude: place.longitude,
          codePostal: place.commune.postcode,
          commune: place.commune.insee,
        },
        romeCode: rome,
        romeLibelle: fiche.label,
        appellationlibelle: appellation,
        entreprise: { nom: company, entrepriseAdaptee: false },
        typeContrat: "CDD",
        typeContratLibelle: `Contrat à durée déterminée - ${months} Mois`,
        natureContrat: NATURE_LABELS[nature],
        experienceExige: "D",
        experienceLibelle: "Débutant accepté",
        formations: random.chance(0.7)
          ? [{ niveauLibelle: random.pick(LEVELS), domaineLibelle: fiche.label, exigence: "S" }]
          : [],
        dureeTravailLibelle: "35H Travail en journée",
        alternance: true,
        contact: random.chance(0.4)
          ? { nom: company, courriel: `recrutement@${names.slug}.${DEMO_DOMAIN}` }
          : { nom: company },
        nombrePostes: random.pick([1, 1, 1, 2]),
        accessibleTH: false,
        codeNAF: trade.naf.code,
        secteurActivite: trade.naf.division,
        origineOffre: {
          origine: "1",
          urlOrigine: `https://candidat.francetravail.${DEMO_DOMAIN}/offres/recherche/detail/${id}`,
        },
      };
    },
  };
}

/** "000D000" … "999DZZZ": 46,656,000 ids, France Travail's 7-character shape with a D (démo) in the middle. */
function offerId(index: number): string {
  const digits = String(index % 1000).padStart(3, "0");
  const rest = Math.floor(index / 1000)
    .toString(36)
    .toUpperCase()
    .padStart(3, "0");
  if (rest.length > 3) throw new RangeError(`partner offer index ${index} out of the id range`);
  return `${digits}D${rest}`;
}
