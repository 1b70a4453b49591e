export { lingerInsteadOfDraining } from "./lingering-close.ts";
export type { FormFailure, FormLimits, MultipartForm, UploadedFile } from "./multipart-form.ts";
export { readMultipartForm } from "./read-multipart-form.ts";
export { bodyLimitStreamingForms } from "./streaming-body-limit.ts";
