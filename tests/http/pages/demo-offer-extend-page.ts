import {
  checkLinkToken,
  hashLinkToken,
  issueLinkToken,
  type LinkInvalid,
  markLinkTokenUsed,
  type StoredLinkToken,
} from "../../../src/application/shared/link-tokens.ts";
import { frenchDate } from "../../../src/domain/shared/french-date.ts";
import { err, map, ok, type Result } from "../../../src/domain/shared/result.ts";
import type { ActionPage, ConfirmView } from "../../../src/http/pages/index.ts";

/**
 * A demo context written the way a real one will be: it owns its token table (hashes only) and writes only
 * `load`, `act` and French texts. Test-only: it is never mounted in the real app.
 */
export type DemoState = {
  now: Date;
  tokens: Map<string, StoredLinkToken>;
  offer: { title: string; expiresAt: Date; extensions: number };
};

export function demoState(offerTitle = "Boulanger ou boulangère"): DemoState {
  const now = new Date("2026-03-10T10:00:00Z");
  return {
    now,
    tokens: new Map(),
    offer: { title: offerTitle, expiresAt: new Date("2026-03-17T00:00:00Z"), extensions: 0 },
  };
}

/** What the offer context would do when sending a reminder: store the hash, email the token. */
export async function issueDemoLink(
  state: DemoState,
  byte: number,
  purpose: "offer_action" | "login" = "offer_action",
) {
  const secrets = { randomBytes: (length: number) => new Uint8Array(length).fill(byte) };
  const issued = await issueLinkToken(secrets, { purpose, now: state.now, validityMinutes: 60 * 24 * 7 });
  state.tokens.set(issued.tokenHash, { ...issued, usedAt: null });
  return issued.token;
}

async function findValid(state: DemoState, token: string): Promise<Result<StoredLinkToken, LinkInvalid>> {
  const stored = state.tokens.get(await hashLinkToken(token)) ?? null;
  return checkLinkToken(stored, { purpose: "offer_action", now: state.now });
}

const DURATIONS = { "1": "1 mois", "2": "2 mois" } as const;

function confirmView(state: DemoState): ConfirmView {
  return {
    title: "Prolonger votre offre",
    intro: ["Votre offre restera visible par les candidats pendant la durée choisie."],
    details: [
      { term: "Offre", value: state.offer.title },
      {
        term: "Visible jusqu’au",
        value: frenchDate(state.offer.expiresAt),
      },
    ],
    fields: [
      {
        kind: "choice",
        name: "duree",
        legend: "De combien prolonger ?",
        options: Object.entries(DURATIONS).map(([value, label]) => ({ value, label })),
        required: true,
      },
    ],
    submitLabel: "Prolonger l’offre",
    secondary: { label: "Ne rien changer", href: "/" },
  };
}

/** `load` may be replaced to simulate failures; the real one only reads. */
export function demoOfferExtendPage(state: DemoState, load?: ActionPage["load"]): ActionPage {
  return {
    path: "/exemple/offres/:token",
    summary: "Prolonger une offre (démo)",
    renewal: { label: "Se connecter pour gérer mes offres", href: "/connexion" },
    load: load ?? (async (token) => map(await findValid(state, token), () => confirmView(state))),
    act: async (token, form) => {
      const valid = await findValid(state, token);
      if (!valid.ok) return valid;
      const months = form.duree === "1" || form.duree === "2" ? Number(form.duree) : null;
      if (months === null) return err({ code: "FORM_INVALID", field: "duree", message: "Choisissez une durée." });
      state.tokens.set(valid.value.tokenHash, markLinkTokenUsed(valid.value, state.now));
      state.offer = { ...state.offer, extensions: state.offer.extensions + 1 };
      return ok({ kind: "page", title: "Offre prolongée", message: [`Votre offre est prolongée de ${months} mois.`] });
    },
  };
}
