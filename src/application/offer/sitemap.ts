import type { Clock } from "../shared/ports.ts";
import { offerViewUrl } from "./offer-links.ts";
import type { OfferRepository } from "./ports.ts";

/** The sitemap protocol allows 50,000 URLs a file; the public service has about 25,000 offers online. */
const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = Readonly<{ url: string; lastModified: Date }>;

/** `GET /sitemap.xml`: the page of each online offer, so search engines find them; closed ones leave at once. */
export function listSitemapOffers(deps: Readonly<{ offers: OfferRepository; clock: Clock; publicUrl: string }>) {
  return async (): Promise<SitemapEntry[]> => {
    const online = await deps.offers.listOnline(deps.clock.now(), SITEMAP_MAX_URLS);
    return online.map(({ id, updatedAt }) => ({
      url: offerViewUrl(deps.publicUrl, id),
      lastModified: updatedAt,
    }));
  };
}
