import { z } from "@hono/zod-openapi";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { PhoneNumber } from "../../domain/shared/phone-number.ts";

/**
 * Metropolitan France and the overseas departments and collectivities that have their own calling codes (+262,
 * +590, +594, +596, +508, +687, +689, +681): a recruiter in La Réunion types "0692…", which parses as RE.
 */
const FRENCH_NUMBERING_AREAS = new Set(["FR", "RE", "YT", "GP", "BL", "MF", "MQ", "GF", "PM", "NC", "PF", "WF"]);

/** The E.164 form of a French number typed in any usual way, or null (libphonenumber-js "max" metadata). */
function parseFrenchPhoneNumber(value: string): PhoneNumber | null {
  const parsed = parsePhoneNumberFromString(value, "FR");
  if (!parsed?.isValid() || !FRENCH_NUMBERING_AREAS.has(parsed.country ?? "")) return null;
  return parsed.number as PhoneNumber;
}

/** Accepts "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0262 …"; answers the E.164 form. */
export const PhoneSchema = z
  .string()
  .trim()
  .max(30)
  .transform((value, ctx) => {
    const phone = parseFrenchPhoneNumber(value);
    if (phone) return phone;
    ctx.addIssue({
      code: "custom",
      message: "Numéro de téléphone français invalide : saisissez 10 chiffres, par exemple 06 12 34 56 78.",
    });
    return z.NEVER;
  })
  .openapi({ type: "string", example: "06 12 34 56 78", description: "Numéro français ; enregistré au format +33…" });
