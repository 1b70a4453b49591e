import { defineModule } from "./context-module.ts";

/** Placeholder while the context is being built (issue 11). */
export const partnerOfferModule = defineModule({
  name: "partnerOffer",
  build: () => ({ useCases: {} }),
  refusals: {},
});
