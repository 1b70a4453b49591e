import type { PublishedOffer } from "../../../application/offer/index.ts";

/**
 * The offer as schema.org `JobPosting` (JSON-LD), so search engines show it as a job: title, description, dates,
 * employer, place. An offer a CFA posts for a partner names the CFA, as the page does. The serialised JSON escapes
 * `<`, so no text of the offer can close the script element it sits in.
 */
export function jobPostingJsonLd(published: PublishedOffer): string {
  const { offer, employer } = published;
  const { workplace } = offer;
  const posting = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: offer.appellation ?? offer.romeLabel,
    description: offer.description,
    datePosted: offer.createdAt.toISOString(),
    validThrough: offer.expiresAt.toISOString(),
    url: published.viewUrl,
    totalJobOpenings: offer.openings,
    occupationalCategory: offer.romeCode,
    hiringOrganization: { "@type": "Organization", name: employer.name },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(workplace.street ? { streetAddress: workplace.street } : {}),
        ...(workplace.postcode ? { postalCode: workplace.postcode } : {}),
        ...(workplace.city ? { addressLocality: workplace.city } : {}),
        addressCountry: "FR",
      },
      ...(workplace.latitude !== null && workplace.longitude !== null
        ? { geo: { "@type": "GeoCoordinates", latitude: workplace.latitude, longitude: workplace.longitude } }
        : {}),
    },
  };
  return JSON.stringify(posting).replaceAll("<", "\\u003c");
}
