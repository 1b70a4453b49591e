import { z } from "@hono/zod-openapi";

/**
 * PostgreSQL stores timestamps from 4713 BC, but ISO 8601's year 0000 (1 BC) reaches it as year 0, which it
 * refuses, and a UTC year past 9999 no longer prints as a 4-digit ISO date; both would fail in the database, hence
 * 400 here (docs/adr/0014). Checked after the offset is applied: 0001-01-01T00:30+01:00 is still year 0 in UTC.
 */
const FIRST_STORABLE = Date.parse("0001-01-01T00:00:00.000Z");
const LAST_STORABLE = Date.parse("9999-12-31T23:59:59.999Z");

const OUT_OF_RANGE = "Date hors des limites acceptées : l'année doit être comprise entre 0001 et 9999.";

function storable(value: string): boolean {
  const time = new Date(value).getTime();
  return Number.isFinite(time) && time >= FIRST_STORABLE && time <= LAST_STORABLE;
}

/** An instant of a request (query or body): ISO 8601 with `Z` or an offset, in the storable range. */
export function instantSchema(message: string) {
  return z.iso.datetime({ offset: true, error: message }).refine(storable, { error: OUT_OF_RANGE });
}

/** A calendar day `YYYY-MM-DD` of a request, in the storable range. */
export function calendarDaySchema(message: string) {
  return z.iso.date({ error: message }).refine(storable, { error: OUT_OF_RANGE });
}
