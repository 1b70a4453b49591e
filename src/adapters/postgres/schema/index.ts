export * from "./referential.ts";
