/**
 * The 101 départements France Travail searches by (`departement` parameter): 01–95 with Corsica as 2A and 2B
 * (no "20"), and the five overseas départements 971–974 and 976 (INSEE's Code officiel géographique).
 */
export const DEPARTEMENTS: readonly string[] = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).flatMap((code) =>
    code === "20" ? ["2A", "2B"] : [code],
  ),
  "971",
  "972",
  "973",
  "974",
  "976",
];
