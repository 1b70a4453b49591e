import type { LinkInvalid } from "../../application/shared/link-tokens.ts";

/** What a context gives the kit: French plain text only (JSX escapes it), never markup. */

export type NextLink = Readonly<{ label: string; href: string }>;

/** One line of the "what will happen" list: `term` (e.g. "Offre") and its value. */
type Detail = Readonly<{ term: string; value: string }>;

export type TextareaField = Readonly<{
  kind: "textarea";
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
}>;

export type ChoiceField = Readonly<{
  kind: "choice";
  name: string;
  legend: string;
  options: readonly Readonly<{ value: string; label: string }>[];
  required?: boolean;
}>;

export type FormField = TextareaField | ChoiceField;

/** The GET page: what the button will do, before anything happens. */
export type ConfirmView = Readonly<{
  title: string;
  intro: readonly string[];
  details?: readonly Detail[];
  fields?: readonly FormField[];
  /** Absent: nothing left to do here (e.g. an answer already recorded), the page shows no form. */
  submitLabel?: string;
  /** E.g. "Non, revenir à l'accueil"; never a second action. */
  secondary?: NextLink;
  /** The form's initial values (the email button that opened the page may preselect an answer). */
  values?: FormValues;
}>;

/** The page after the POST: what happened and where to go next. */
export type ResultView = Readonly<{
  kind: "page";
  title: string;
  message: readonly string[];
  next?: NextLink;
}>;

/** After the POST, go elsewhere with a 303 (e.g. the console after login). */
type RedirectOutcome = Readonly<{ kind: "redirect"; location: string }>;

export type ActOutcome = ResultView | RedirectOutcome;

/** The form was incomplete: the confirm page is shown again with this French message in an alert. */
export type FormInvalid = Readonly<{ code: "FORM_INVALID"; message: string; field?: string }>;

export type FormValues = Readonly<Record<string, string>>;

export type { LinkInvalid };
