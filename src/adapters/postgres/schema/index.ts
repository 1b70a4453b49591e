export * from "./identity.ts";
export * from "./messaging.ts";
export * from "./referential.ts";
export * from "./scheduling.ts";
