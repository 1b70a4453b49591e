import { closeOffer } from "../../domain/offer/lifecycle.ts";
import type { Offer } from "../../domain/offer/offer.ts";
import type { OrganisationClosed, OrganisationLifecycle } from "../identity/index.ts";
import type { OfferRepository } from "./ports.ts";

const DETAIL: Readonly<Record<OrganisationClosed["reason"], string>> = {
  last_member_left: "Compte fermé : son dernier membre l'a quitté.",
  disabled_by_support: "Compte désactivé par l'équipe de La bonne alternance.",
};

/**
 * Identity's OrganisationLifecycle port, seen from offers: when an organisation stops (its last member left, or
 * support disabled it), its active and expired offers are deleted at once, in identity's transaction, and leave
 * search and the partner feed reports them closed.
 */
export function closeOffersOfOrganisation(offers: OfferRepository): OrganisationLifecycle {
  return {
    async organisationClosed(event) {
      const request = { outcome: "deleted" as const, reason: "other" as const, reasonDetail: DETAIL[event.reason] };
      for (const listed of await offers.listOpenByOrganisation(event.organisationId)) {
        await closeLatest(offers, listed, (offer) =>
          closeOffer(offer, request, event.at, { closeReasonDetailMaxLength: 1000 }),
        );
      }
    },
  };
}

/** Enough for a member's edit committed at the same instant; more means something keeps rewriting the offer. */
const MAX_ATTEMPTS = 5;

/**
 * Closes the offer as stored now. This runs in identity's transaction, which cannot be retried from here: a
 * concurrent change committed meanwhile (CONFLICT) is read again (READ COMMITTED sees it) and closed in turn.
 */
async function closeLatest(
  offers: OfferRepository,
  listed: Offer,
  close: (offer: Offer) => ReturnType<typeof closeOffer>,
): Promise<void> {
  let offer: Offer | null = listed;
  for (let attempt = 0; offer && attempt < MAX_ATTEMPTS; attempt++) {
    const closed = close(offer);
    if (!closed.ok || (await offers.update(closed.value)) === "updated") return;
    offer = await offers.findById(listed.id);
  }
  if (offer) throw new Error(`offer ${listed.id} kept changing while its organisation closed`);
}
