import type { Presentation } from "../../problem-catalogue.ts";

type Refusal = Readonly<{ code: string; [field: string]: unknown }>;

/**
 * The French sentence the JSON API gives for a refusal (its catalogue's `detail`), with French apostrophes, for a
 * page: the same words in the browser as in problem+json. A code no catalogue presents gets a neutral sentence.
 */
export function refusalTextIn(catalogue: Readonly<Record<string, Presentation<never>>>) {
  return (error: Refusal): string => {
    const entry = catalogue[error.code] as Presentation<Refusal> | undefined;
    const detail = entry ? entry.detail(error) : "Votre demande n’a pas pu aboutir. Réessayez dans un instant.";
    return detail.replaceAll("'", "’");
  };
}
