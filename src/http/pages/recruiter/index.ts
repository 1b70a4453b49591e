/** The recruiter context's website pages (issue 13): company and CFA sign-up. */
export { recruiterSignUpRoutes as recruiterPageRoutes } from "./sign-up-routes.tsx";
