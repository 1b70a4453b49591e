/** The CFA-mandate context's website pages (issue 13): the partner companies of a CFA. */
export { cfaPartnerPageRoutes } from "./partners-routes.tsx";
