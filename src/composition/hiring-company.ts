import { defineModule } from "./context-module.ts";

/** Placeholder while the context is being built (issue 11). */
export const hiringCompanyModule = defineModule({
  name: "hiringCompany",
  build: () => ({ useCases: {} }),
  refusals: {},
});
