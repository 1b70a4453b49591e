const NUMBER = new Intl.NumberFormat("fr-FR");

/**
 * A counted noun in French: singular below 2 ("0 poste", "1 poste", "1,5 heure"), plural from 2 on; the number
 * is written the French way ("20 000 caractères", a narrow no-break space between thousands).
 * `plural` defaults to the singular plus "s"; give it for the other forms ("mois", "travaux").
 */
export function frenchCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(count)} ${Math.abs(count) < 2 ? singular : plural}`;
}
