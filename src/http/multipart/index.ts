export { lingerInsteadOfDraining } from "./lingering-close.ts";
export type { FormLimits } from "./multipart-form.ts";
export { readMultipartForm } from "./read-multipart-form.ts";
