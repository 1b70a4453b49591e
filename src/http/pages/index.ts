/** The action page kit (docs/API.md "Action pages"): a context writes an `ActionPage` and mounts `actionPageRoutes`. */
export { type ActionPage, type ActionPageOptions, actionPageRoutes } from "./action-page-routes.tsx";
export { ConfirmPage } from "./confirm-page.tsx";
export { ErrorPage } from "./error-page.tsx";
export { Layout, SERVICE_NAME } from "./layout.tsx";
export { LinkProblemPage } from "./link-problem-page.tsx";
export { PAGE_HEADERS, pageResponse, redirectResponse } from "./page-response.ts";
export { ResultPage } from "./result-page.tsx";
export type {
  ActOutcome,
  ChoiceField,
  ConfirmView,
  Detail,
  FormField,
  FormInvalid,
  FormValues,
  LinkInvalid,
  NextLink,
  RedirectOutcome,
  ResultView,
  TextareaField,
} from "./view-models.ts";
