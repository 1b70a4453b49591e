export * from "./identity.ts";
export * from "./messaging.ts";
export * from "./recruiter.ts";
export * from "./referential.ts";
export * from "./scheduling.ts";
export * from "./training-catalogue.ts";
export * from "./offer.ts";
export * from "./partner-access.ts";
