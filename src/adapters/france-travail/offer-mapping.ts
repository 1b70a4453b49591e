import type { PartnerOfferContent } from "../../domain/partner-offer/partner-offer.ts";
import type { DiplomaLevel } from "../../domain/referential/nomenclatures.ts";
import type { ContractType, ContractTypes } from "../../domain/shared/contract-type.ts";
import { parseEmail } from "../../domain/shared/email.ts";
import { parseRomeCode } from "../../domain/shared/rome-code.ts";
import {
  type FranceTravailOffer,
  FranceTravailOfferSchema,
  NATURE_LABELS,
  type WorkStudyNature,
} from "./wire-format.ts";

export type MappedOffer = { kind: "offer"; offer: PartnerOfferContent } | { kind: "rejected"; reason: string };

const CONTRACT_OF_NATURE: Readonly<Record<WorkStudyNature, ContractType>> = {
  E2: "apprentissage",
  FS: "professionnalisation",
};

/**
 * One offer of France Travail's answer (or a line of the demo file) as we keep it. `queried` is the nature the
 * search asked for: the offer's own `natureContrat` label decides when it names one of ours.
 */
export function toPartnerOffer(raw: unknown, queried: WorkStudyNature | null = null): MappedOffer {
  const parsed = FranceTravailOfferSchema.safeParse(raw);
  if (!parsed.success) return { kind: "rejected", reason: "format" };
  const wire = parsed.data;
  const rome = parseRomeCode(wire.romeCode ?? "");
  if (!rome.ok) return { kind: "rejected", reason: "code ROME" };
  const createdAt = new Date(wire.dateCreation);
  if (Number.isNaN(createdAt.getTime())) return { kind: "rejected", reason: "date de création" };
  const contract = contractOf(wire.natureContrat, queried);
  if (!contract) return { kind: "rejected", reason: "nature de contrat" };
  const updatedAt = wire.dateActualisation ? new Date(wire.dateActualisation) : createdAt;
  const email = wire.contact?.courriel ? parseEmail(wire.contact.courriel) : null;
  return {
    kind: "offer",
    offer: {
      id: wire.id,
      title: wire.intitule.trim(),
      romeCode: rome.value,
      companyName: wire.entreprise?.nom?.trim() || null,
      place: placeOf(wire),
      createdAt,
      updatedAt: Number.isNaN(updatedAt.getTime()) ? createdAt : updatedAt,
      contractTypes: [contract] as ContractTypes,
      diplomaLevel: diplomaLevelOf(wire),
      description: wire.description ?? "",
      contactEmail: email?.ok ? email.value : null,
    },
  };
}

function contractOf(label: string | null | undefined, queried: WorkStudyNature | null): ContractType | null {
  for (const [nature, natureLabel] of Object.entries(NATURE_LABELS) as [WorkStudyNature, string][]) {
    if (label?.trim().toLowerCase() === natureLabel.toLowerCase()) return CONTRACT_OF_NATURE[nature];
  }
  return queried ? CONTRACT_OF_NATURE[queried] : null;
}

function placeOf(wire: FranceTravailOffer): PartnerOfferContent["place"] {
  const where = wire.lieuTravail;
  const label = where?.libelle?.trim() || null;
  // "75 - Paris 15e Arrondissement": the département, then the commune.
  const city = label?.includes(" - ") ? label.slice(label.indexOf(" - ") + 3).trim() : label;
  const hasPoint = typeof where?.latitude === "number" && typeof where?.longitude === "number";
  return {
    label,
    city: city || null,
    postcode: where?.codePostal ?? null,
    inseeCode: where?.commune ?? null,
    latitude: hasPoint ? (where?.latitude ?? null) : null,
    longitude: hasPoint ? (where?.longitude ?? null) : null,
  };
}

/**
 * France Travail's education labels on the European scale: "CAP, BEP et équivalents" 3, "Bac ou équivalent" 4,
 * "Bac+2" 5, "Bac+3, Bac+4" 6, "Bac+5 et plus" 7. The first stated one counts; no label, no level.
 */
function diplomaLevelOf(wire: FranceTravailOffer): DiplomaLevel["level"] | null {
  for (const education of wire.formations ?? []) {
    const label = (education.niveauLibelle ?? "").toLowerCase().replace(/\s+/g, "");
    if (label.includes("bac+5")) return "7";
    if (label.includes("bac+3") || label.includes("bac+4")) return "6";
    if (label.includes("bac+2")) return "5";
    if (label.includes("cap") || label.includes("bep")) return "3";
    if (label.startsWith("bac")) return "4";
  }
  return null;
}
