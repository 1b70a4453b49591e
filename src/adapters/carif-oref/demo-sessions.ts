/**
 * The demo catalogue stores its generated sessions from one base rentrée; the offline source moves them, whole
 * years at a time, so that the first one starts next September (in September or later, the next year's), and a
 * demo never shows past sessions.
 */
export function nextRentreeShift(baseYear: number, now: Date): number {
  const rentree = now.getUTCMonth() >= 8 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return rentree - baseYear;
}

/** The wire record with `date_debut[]` and `date_fin[]` moved by `years`; everything else as stored. */
export function shiftSessionYears(record: Record<string, unknown>, years: number): Record<string, unknown> {
  if (years === 0) return record;
  const shift = (dates: unknown) =>
    Array.isArray(dates)
      ? dates.map((date) =>
          typeof date === "string" && /^\d{4}-/.test(date)
            ? `${Number(date.slice(0, 4)) + years}${date.slice(4)}`
            : date,
        )
      : dates;
  return { ...record, date_debut: shift(record.date_debut), date_fin: shift(record.date_fin) };
}
