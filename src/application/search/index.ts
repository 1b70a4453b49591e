/** The search context's public face: the owning contexts write the read model through SearchIndex. */
import type { SearchIndex } from "./ports.ts";

export type { SearchEntry } from "../../domain/search/search-entry.ts";
export type { JobSearchHit, JobSearchQuery, SearchIndex } from "./ports.ts";
export type { JobSearchInput, JobSearchPage } from "./search-jobs.ts";
export { type SearchUseCases, searchUseCases } from "./use-cases.ts";

/** What the search module offers the contexts listed after it (`kit.apis.search`), bound to `kit.db`. */
export type SearchPublishedApi = Readonly<{ index: SearchIndex }>;
