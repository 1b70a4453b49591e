import type { Brand } from "./brand.ts";

/**
 * A French phone number (metropolitan or overseas) in E.164 form, e.g. "+33612345678". Only the HTTP edge makes
 * one, after libphonenumber-js has checked it against the national numbering plan; the domain compares and stores it.
 */
export type PhoneNumber = Brand<string, "PhoneNumber">;
