import { closeOffer } from "../../domain/offer/lifecycle.ts";
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
      for (const offer of await offers.listOpenByOrganisation(event.organisationId)) {
        const request = { outcome: "deleted" as const, reason: "other" as const, reasonDetail: DETAIL[event.reason] };
        const closed = closeOffer(offer, request, event.at, { closeReasonDetailMaxLength: 1000 });
        if (closed.ok) await offers.update(closed.value);
      }
    },
  };
}
