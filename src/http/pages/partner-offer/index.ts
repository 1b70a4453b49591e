/** The France Travail offers' website pages (issue 13): an offer's detail page. */
export { partnerOfferPageRoutes } from "./partner-offer-page.tsx";
