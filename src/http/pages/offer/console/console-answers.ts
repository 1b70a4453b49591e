import type { Context } from "hono";
import type { OfferRefusal } from "../../../../application/offer/index.ts";
import { type Actor, actingOrganisation } from "../../../../domain/identity/actor.ts";
import { offerCatalogue } from "../../../offer-errors.ts";
import type { Presentation } from "../../../problem-catalogue.ts";
import { sitePageResponse, siteRedirect } from "../../site/site-response.ts";
import { NoOrganisationPage, OfferGonePage } from "./console-problems.tsx";

export type ActorEnv = { Variables: { actor: Actor } };

/** The console pages' answers when the person or the offer is not where the page expects. */
export function organisationName(actor: Actor): string {
  const acting = actingOrganisation(actor);
  return acting.ok ? acting.value.displayName : actor.email;
}

export function describeRefusal(refusal: OfferRefusal): string {
  const entry = (offerCatalogue as Record<string, Presentation<OfferRefusal>>)[refusal.code];
  return entry ? entry.detail(refusal) : "Cette action n’a pas pu être faite.";
}

export function chooseOrganisation(c: Context) {
  return siteRedirect(c, `/espace-pro/organisation?suite=${encodeURIComponent(new URL(c.req.url).pathname)}`);
}

export function noOrganisation(c: Context<ActorEnv>) {
  return sitePageResponse(c, 403, NoOrganisationPage({ email: c.var.actor.email }));
}

export function offerGone(c: Context<ActorEnv>) {
  return sitePageResponse(c, 404, OfferGonePage({ organisationName: organisationName(c.var.actor) }));
}

/** The offer changed meanwhile, was already closed, or is not this organisation's: said in words, nothing done. */
export function refusedAction(c: Context<ActorEnv>, refusal: OfferRefusal | Readonly<{ code: "CONFLICT" }>) {
  if (refusal.code === "OFFER_NOT_FOUND") return offerGone(c);
  const message =
    refusal.code === "CONFLICT"
      ? "Cette offre vient d’être modifiée par ailleurs : revenez à vos offres et recommencez."
      : describeRefusal(refusal);
  const status = refusal.code === "CONFLICT" || refusal.code === "OFFER_CLOSED" ? 409 : 422;
  return sitePageResponse(c, status, OfferGonePage({ organisationName: organisationName(c.var.actor), message }));
}
