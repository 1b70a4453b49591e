/**
 * The three addresses the catalogue gives for a training (Réseau des Carif-Oref): the latest session's
 * ("mail lieu de formation"), the formateur establishment's and the gestionnaire (responsible organisation)'s.
 */
export type CandidateEmails = Readonly<{
  session: string | null;
  formateur: string | null;
  gestionnaire: string | null;
}>;

/**
 * Where a training's requests and questions go (FAQ "Comment mettre à jour les informations liées à ma
 * formation ?", docs/PRODUCT.md §8): a support override first; else, with the appointment service off for that
 * platform, the latest session's email or else the responsible organisation's; with it on, the latest session's
 * email or else the formateur's. null when none is known.
 */
export function contactEmailFor(
  emails: CandidateEmails,
  serviceOn: boolean,
  override: string | null = null,
): string | null {
  if (override) return override;
  const fallback = serviceOn ? emails.formateur : emails.gestionnaire;
  return emails.session ?? fallback ?? null;
}
