/**
 * Sirene abbreviates the street type (typeVoieEtablissement, INSEE "Dictionnaire des variables"); addresses are
 * shown with the word, in Sirene's capitals. An abbreviation missing here is shown as Sirene gives it.
 */
const STREET_TYPES: Readonly<Record<string, string>> = {
  ALL: "ALLEE",
  AV: "AVENUE",
  BD: "BOULEVARD",
  CAR: "CARREFOUR",
  CHE: "CHEMIN",
  CHS: "CHAUSSEE",
  COR: "CORNICHE",
  CRS: "COURS",
  DOM: "DOMAINE",
  DSC: "DESCENTE",
  ECA: "ECART",
  ESP: "ESPLANADE",
  FG: "FAUBOURG",
  GR: "GRANDE RUE",
  HAM: "HAMEAU",
  HLE: "HALLE",
  IMP: "IMPASSE",
  LD: "LIEU-DIT",
  LOT: "LOTISSEMENT",
  MAR: "MARCHE",
  MTE: "MONTEE",
  PAS: "PASSAGE",
  PL: "PLACE",
  PLN: "PLAINE",
  PLT: "PLATEAU",
  PRO: "PROMENADE",
  PRV: "PARVIS",
  QUA: "QUARTIER",
  RES: "RESIDENCE",
  RLE: "RUELLE",
  ROC: "ROCADE",
  RPT: "ROND-POINT",
  RTE: "ROUTE",
  SEN: "SENTIER",
  SQ: "SQUARE",
  TPL: "TERRE-PLEIN",
  TRA: "TRAVERSE",
  VLA: "VILLA",
  VLGE: "VILLAGE",
};

export function streetTypeLabel(code: string | null): string | null {
  return code === null ? null : (STREET_TYPES[code.toUpperCase()] ?? code);
}
