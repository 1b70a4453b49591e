import type { Offer } from "../../domain/offer/offer.ts";
import { parseEmail } from "../../domain/shared/email.ts";
import { frenchDate } from "../../domain/shared/french-date.ts";
import { frenchCount } from "../../domain/shared/french-plural.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { Actor } from "../identity/index.ts";
import { offerSharedWithCfaEmail, offerSharesRecapEmail } from "../messaging/index.ts";
import type { NearbyTrainingProvider, TrainingProviderRegistry } from "../training/index.ts";
import { findManagedOffer } from "./manage-offer.ts";
import type { OfferNotFound, OfferPosters } from "./offer-context.ts";
import { prepareOfferLink } from "./offer-links.ts";
import type { OfferWriteDeps } from "./settings.ts";

export type NearbyCfa = Readonly<{
  siret: string;
  name: string;
  city: string | null;
  distanceKm: number;
  alreadyShared: boolean;
}>;

/** The ROME family: the letter and the first two digits (e.g. D11 for D1102), ROME v4's domaine professionnel. */
const familyOf = (romeCode: string) => romeCode.slice(0, 3);

type ShareDeps = OfferWriteDeps & Readonly<{ trainingProviders: TrainingProviderRegistry; posters: OfferPosters }>;

/**
 * docs/PRODUCT.md §2 "Share with CFAs": Qualiopi training establishments whose trainings lead to the offer's ROME
 * (else to the same ROME family), within 100 km of the workplace, nearest first; only those with a contact email.
 */
async function nearbyProviders(deps: ShareDeps, offer: Offer): Promise<NearbyTrainingProvider[]> {
  const { latitude, longitude } = offer.workplace;
  if (latitude === null || longitude === null) return [];
  const query = {
    origin: { latitude, longitude },
    radiusKm: deps.settings.nearbyCfaRadiusKm,
    limit: deps.settings.nearbyCfaLimit,
  };
  const exact = await deps.trainingProviders.findNear({ ...query, romeCodes: [offer.romeCode] });
  const found =
    exact.length > 0
      ? exact
      : await deps.trainingProviders.findNear({
          ...query,
          romeCodes: [familyOf(offer.romeCode)],
          prefix: true,
        });
  return found.filter((near) => near.provider.contactEmail !== null);
}

/** `GET /api/v1/offers/{id}/nearby-cfas`. */
export function listNearbyCfas(deps: ShareDeps) {
  return async (input: { actor: Actor; offerId: string }): Promise<Result<readonly NearbyCfa[], OfferNotFound>> => {
    const found = await deps.unitOfWork.run((repos) => findManagedOffer(repos, input.actor, input.offerId));
    if (!found.ok) return found;
    const shared = new Set(await deps.unitOfWork.run((repos) => repos.offerShares.listSirets(input.offerId)));
    const nearby = await nearbyProviders(deps, found.value);
    return ok(
      nearby.map(({ provider, distanceKm }) => ({
        siret: provider.siret,
        name: provider.legalName,
        city: provider.address.city,
        distanceKm,
        alreadyShared: shared.has(provider.siret),
      })),
    );
  };
}

export type CfaNotNearby = Readonly<{ code: "CFA_NOT_NEARBY"; sirets: readonly string[] }>;
export type OfferNotActive = Readonly<{ code: "OFFER_NOT_ACTIVE"; offerId: string }>;

export type SharesDone = Readonly<{ shared: readonly string[]; alreadyShared: readonly string[] }>;

/**
 * `POST /api/v1/offers/{id}/cfa-shares`: each chosen establishment (one of the nearby list) receives the need and
 * a single-use link to the recruiter's contact; the recruiter receives a recap. An establishment already sent
 * this offer is not sent it again.
 */
export function shareOfferWithCfas(deps: ShareDeps) {
  return async (input: {
    actor: Actor;
    offerId: string;
    sirets: readonly string[];
  }): Promise<Result<SharesDone, OfferNotFound | CfaNotNearby | OfferNotActive>> => {
    const found = await deps.unitOfWork.run((repos) => findManagedOffer(repos, input.actor, input.offerId));
    if (!found.ok) return found;
    const offer = found.value;
    if (offer.status !== "active") return err({ code: "OFFER_NOT_ACTIVE", offerId: offer.id });
    const nearby = new Map((await nearbyProviders(deps, offer)).map((near) => [near.provider.siret as string, near]));
    const wanted = [...new Set(input.sirets.map((siret) => siret.replace(/\s+/g, "")))];
    const unknown = wanted.filter((siret) => !nearby.has(siret));
    if (unknown.length > 0) return err({ code: "CFA_NOT_NEARBY", sirets: unknown });
    const company = await deps.posters.companyOf(offer.organisationId);
    const organisation = await deps.posters.organisation(offer.organisationId);
    const companyName = company?.name ?? organisation?.name ?? "";
    return ok(
      await deps.unitOfWork.run(async (repos) => {
        const now = deps.clock.now();
        const shared: string[] = [];
        const alreadyShared: string[] = [];
        for (const siret of wanted) {
          const near = nearby.get(siret);
          const to = parseEmail(near?.provider.contactEmail ?? "");
          if (!near || !to.ok) continue;
          if ((await repos.offerShares.add(offer.id, siret, now)) === "exists") {
            alreadyShared.push(siret);
            continue;
          }
          const { link, url } = await prepareOfferLink(deps, {
            purpose: "cfa_contact",
            offerId: offer.id,
            lifeNumber: offer.lifeNumber,
            cfaSiret: siret,
          });
          await repos.offerActionLinks.save(link);
          const email = offerSharedWithCfaEmail({
            companyName,
            city: offer.workplace.city,
            offerTitle: offer.appellation ?? offer.romeLabel,
            details: [
              `Métier : ${offer.romeLabel} (${offer.romeCode})`,
              `Début du contrat : ${frenchDate(offer.startDate)}, pour ${offer.durationMonths} mois, ${frenchCount(offer.openings, "poste")}.`,
            ],
            contactUrl: url,
            validityDays: deps.settings.cfaContactLinkDays,
          });
          const key = `offer-share/${offer.id}/${siret}`;
          await repos.outbox.enqueue({ to: to.value, ...email }, { idempotencyKey: key, now });
          shared.push(siret);
        }
        if (shared.length > 0) {
          const names = shared.map((siret) => nearby.get(siret)?.provider.legalName ?? siret);
          const recap = offerSharesRecapEmail({ offerTitle: offer.appellation ?? offer.romeLabel, cfaNames: names });
          // Each establishment is sent an offer once, so the first one names this recap for good.
          const key = `offer-share-recap/${offer.id}/${shared[0]}`;
          await repos.outbox.enqueue({ to: offer.contactEmail, ...recap }, { idempotencyKey: key, now });
        }
        return { shared, alreadyShared };
      }),
    );
  };
}
