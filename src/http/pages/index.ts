/** The action page kit (docs/API.md "Action pages"): a context writes an `ActionPage` and mounts `actionPageRoutes`. */
export { type ActionPage, actionPageRoutes } from "./action-page-routes.tsx";
export { ConfirmPage } from "./confirm-page.tsx";
export { ErrorPage } from "./error-page.tsx";

export { LinkProblemPage } from "./link-problem-page.tsx";

export { ResultPage } from "./result-page.tsx";
export type {
  ConfirmView,
  NextLink,
  ResultView,
} from "./view-models.ts";
