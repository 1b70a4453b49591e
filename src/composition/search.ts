import { defineModule } from "./context-module.ts";

/** Placeholder while the context is being built (issue 11). */
export const searchModule = defineModule({
  name: "search",
  build: () => ({ useCases: {} }),
  refusals: {},
});
