import { describe, expect, it } from "vitest";
import { createCachedEstablishmentDirectory } from "../../src/adapters/cache/cached-establishment-directory.ts";
import { createMemoryEstablishmentDirectory } from "../../src/adapters/memory/establishment-directory.memory.ts";
import { DEMO_ESTABLISHMENTS, DEMO_SIRETS } from "../../src/adapters/memory/fixtures/establishments.ts";
import type { EstablishmentDirectory } from "../../src/application/recruiter/ports.ts";
import { UpstreamUnavailable } from "../../src/application/shared/ports.ts";
import type { Siret } from "../../src/domain/shared/siret.ts";
import { aTestClock } from "../support/test-clock.ts";
import { establishmentDirectoryContract } from "./establishment-directory.contract.ts";

const HOUR = 3_600_000;

/** The offline directory, counting the look-ups that reach it. */
function aCountingDirectory() {
  const inner = createMemoryEstablishmentDirectory(DEMO_ESTABLISHMENTS);
  const calls: string[] = [];
  const directory: EstablishmentDirectory = {
    findBySiret: (siret) => {
      calls.push(siret);
      return inner.findBySiret(siret);
    },
  };
  return { directory, calls, setUnavailable: inner.setUnavailable };
}

function aCachedDirectory(maxEntries?: number) {
  const clock = aTestClock();
  const counting = aCountingDirectory();
  const options = { clock, ttlMs: 24 * HOUR, notFoundTtlMs: HOUR, ...(maxEntries ? { maxEntries } : {}) };
  return { ...counting, clock, cached: createCachedEstablishmentDirectory(counting.directory, options) };
}

const open = DEMO_SIRETS.companyOpen as Siret;
const unknown = DEMO_SIRETS.unknownSiret as Siret;

establishmentDirectoryContract("cached offline directory", async () => {
  const { cached, setUnavailable } = aCachedDirectory();
  return { directory: cached, breakUpstream: () => setUnavailable(true) };
});

describe("establishment cache", () => {
  it("answers again from the cache until the TTL has passed", async () => {
    const { cached, calls, clock } = aCachedDirectory();
    const first = await cached.findBySiret(open);
    clock.advance(24 * HOUR - 1);
    expect(await cached.findBySiret(open)).toBe(first);
    expect(calls).toHaveLength(1);
    clock.advance(1);
    await cached.findBySiret(open);
    expect(calls).toHaveLength(2);
  });

  it("keeps an unknown SIRET for the shorter time", async () => {
    const { cached, calls, clock } = aCachedDirectory();
    expect(await cached.findBySiret(unknown)).toBeNull();
    clock.advance(HOUR - 1);
    expect(await cached.findBySiret(unknown)).toBeNull();
    expect(calls).toHaveLength(1);
    clock.advance(1);
    await cached.findBySiret(unknown);
    expect(calls).toHaveLength(2);
  });

  it("never keeps a failure: the next look-up asks again", async () => {
    const { cached, calls, setUnavailable } = aCachedDirectory();
    setUnavailable(true);
    await expect(cached.findBySiret(open)).rejects.toThrow(UpstreamUnavailable);
    setUnavailable(false);
    expect(await cached.findBySiret(open)).toMatchObject({ siret: open });
    expect(calls).toHaveLength(2);
  });

  it("forgets the oldest entry beyond its size", async () => {
    const { cached, calls } = aCachedDirectory(2);
    for (const siret of [DEMO_SIRETS.companyOpen, DEMO_SIRETS.companyClosed, DEMO_SIRETS.cfaQualiopi]) {
      await cached.findBySiret(siret as Siret);
    }
    await cached.findBySiret(DEMO_SIRETS.cfaQualiopi as Siret);
    await cached.findBySiret(open);
    expect(calls).toEqual([
      DEMO_SIRETS.companyOpen,
      DEMO_SIRETS.companyClosed,
      DEMO_SIRETS.cfaQualiopi,
      DEMO_SIRETS.companyOpen,
    ]);
  });

  it("shares one INSEE call between concurrent look-ups of one SIRET, success or failure (docs/adr/0016)", async () => {
    const { cached, calls, setUnavailable } = aCachedDirectory();
    const looked = await Promise.all(Array.from({ length: 10 }, () => cached.findBySiret(open)));
    expect(new Set(looked.map((establishment) => establishment?.siret))).toEqual(new Set([open]));
    expect(calls).toEqual([open]);
    setUnavailable(true);
    const failures = await Promise.allSettled(Array.from({ length: 5 }, () => cached.findBySiret(unknown)));
    expect(failures.every((failure) => failure.status === "rejected")).toBe(true);
    expect(calls).toEqual([open, unknown]);
    setUnavailable(false);
    expect(await cached.findBySiret(unknown)).toBeNull();
    expect(calls).toEqual([open, unknown, unknown]);
  });
});
