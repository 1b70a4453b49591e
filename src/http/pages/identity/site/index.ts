/** The identity context's website pages (issue 13): login, logout, organisation chooser, members, my information. */
export { identitySitePageRoutes } from "./site-routes.tsx";
