import { parseEmail } from "../../domain/shared/email.ts";
import { parseRomeCode } from "../../domain/shared/rome-code.ts";
import type { TrainingDiplomaLevel, TrainingSession } from "../../domain/training/training.ts";

/** The catalogue's empty values: null, missing, or blank text. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** `niveau` "5 (BTS, DEUST...)" → "5". Level 8 (doctorate) and anything else have no BCN level of ours: null. */
export function diplomaLevelOf(niveau: string | null | undefined): TrainingDiplomaLevel | null {
  const digit = /^\s*([3-7])\b/.exec(niveau ?? "")?.[1];
  return (digit as TrainingDiplomaLevel | undefined) ?? null;
}

/** Unité administrative immatriculée: 7 digits and a check letter (education ministry). */
const UAI_PATTERN = /^\d{7}[A-Z]$/;
/** Code formation diplôme (BCN): 8 characters. */
const CFD_PATTERN = /^[0-9A-Z]{8}$/;
/** France compétences: RNCP (répertoire national) or RS (répertoire spécifique) and the fiche number. */
const RNCP_PATTERN = /^(RNCP|RS)\d+$/;

const matching = (pattern: RegExp) => (value: string | null | undefined) => {
  const candidate = textOrNull(value)?.toUpperCase() ?? null;
  return candidate !== null && pattern.test(candidate) ? candidate : null;
};

/** A malformed code is unknown (null), never a reason to drop the training. */
export const uaiOf = matching(UAI_PATTERN);
export const cfdOf = matching(CFD_PATTERN);
export const rncpOf = matching(RNCP_PATTERN);

/** The valid ROME codes, deduplicated in the catalogue's order; a malformed one is dropped, not fatal. */
export function romeCodesOf(codes: readonly string[] | null | undefined): string[] {
  const valid = (codes ?? []).flatMap((code) => {
    const parsed = parseRomeCode(code);
    return parsed.ok ? [parsed.value as string] : [];
  });
  return [...new Set(valid)];
}

export function emailOrNull(value: string | null | undefined): string | null {
  const parsed = parseEmail(value ?? "");
  return parsed.ok ? parsed.value : null;
}

/** "45.75,4.85" → the point; absent → null; anything unreadable or out of range → "invalid". */
export function coordinatesOf(
  value: string | null | undefined,
): { latitude: number; longitude: number } | null | "invalid" {
  const raw = textOrNull(value);
  if (raw === null) return null;
  const parts = raw.split(",").map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return "invalid";
  const [latitude, longitude] = parts.map(Number) as [number, number];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return "invalid";
  return { latitude, longitude };
}

const dayOf = (value: string | null | undefined) => /^(\d{4}-\d{2}-\d{2})/.exec(value ?? "")?.[1] ?? null;

/**
 * `date_debut[i]` with `date_fin[i]` (the catalogue's parallel arrays), calendar days, oldest start first, so the
 * last one is the latest session (the greatest `date_debut`). A start that is not a date drops its session.
 */
type Dates = readonly (string | null)[] | null | undefined;

export function sessionsOf(starts: Dates, ends: Dates): TrainingSession[] {
  const sessions: TrainingSession[] = (starts ?? []).flatMap((start, index) => {
    const day = dayOf(start);
    return day === null ? [] : [{ start: day, end: dayOf(ends?.[index]) }];
  });
  return sessions.sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? "").localeCompare(b.end ?? ""));
}
