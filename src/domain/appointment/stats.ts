/** For support (docs/PRODUCT.md §8 [beyond]): how one establishment answers the requests it receives. */
export type EstablishmentAppointmentStats = Readonly<{
  siret: string;
  establishmentName: string;
  requests: number;
  answered: number;
  /** answered / requests, rounded to 0.001; 0 without requests. */
  responseRate: number;
  /** Median time from request to answer over the answered ones, in whole seconds; null when none is answered. */
  medianResponseSeconds: number | null;
}>;

/** The median of some durations (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function responseRate(answered: number, requests: number): number {
  return requests === 0 ? 0 : Math.round((answered / requests) * 1000) / 1000;
}
