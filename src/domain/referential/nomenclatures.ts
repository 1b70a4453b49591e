/** NAF rév. 2 (INSEE) entry; `division` "85" marks education and training establishments. */
export type NafEntry = Readonly<{
  code: string;
  apeCode: string | null;
  level: "section" | "division" | "groupe" | "classe" | "sous_classe";
  label: string;
  division: string | null;
  section: string;
}>;

/** One of the 11 OPCO (opérateurs de compétences) approved since 2019. */
export type Opco = Readonly<{
  code: string;
  label: string;
  shortName: string;
  siren: string | null;
  website: string | null;
}>;

/** A collective agreement (IDCC) attached to its OPCO (Ministère du Travail, 2019 decrees). */
export type IdccOpco = Readonly<{ idcc: number; opcoCode: string }>;

/** European qualification level 3 (CAP) … 7 (Master), as the offer form proposes them. */
export type DiplomaLevel = Readonly<{ level: "3" | "4" | "5" | "6" | "7"; label: string; shortLabel: string }>;
