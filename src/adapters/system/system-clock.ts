import type { Clock, IdGenerator } from "../../application/shared/ports.ts";

export const systemClock: Clock = { now: () => new Date() };

export const uuidGenerator: IdGenerator = { next: () => crypto.randomUUID() };
