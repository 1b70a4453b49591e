const PARIS_DAY = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "mardi 29 décembre 2026": the Paris calendar day of an instant, as a French reader says it. */
export function frenchDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}
