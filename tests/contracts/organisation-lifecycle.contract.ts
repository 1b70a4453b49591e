import { describe, expect, it } from "vitest";
import type { OrganisationClosed, OrganisationLifecycle } from "../../src/application/identity/index.ts";
import type { UnitOfWork } from "../../src/application/shared/ports.ts";

export type LifecycleSubject = Readonly<{
  /** Identity's transaction, in which the port is called. */
  unitOfWork: UnitOfWork<Readonly<{ organisationLifecycle: OrganisationLifecycle }>>;
  /** Whether the other contexts have taken the organisation's stop into account (its offers closed, …). */
  stopped(organisationId: string): Promise<boolean>;
}>;

export const ORGANISATION_A = "org-lifecycle-a";
export const ORGANISATION_B = "org-lifecycle-b";

const closing = (organisationId: string): OrganisationClosed => ({
  organisationId,
  kind: "company",
  reason: "disabled_by_support",
  at: new Date("2026-11-02T08:00:00Z"),
});

/**
 * OrganisationLifecycle: what identity tells the other contexts when an organisation stops. The reactions are
 * part of identity's transaction: they commit with it and roll back with it, and touch only that organisation.
 */
export function organisationLifecycleContract(name: string, subject: () => Promise<LifecycleSubject>) {
  describe(`OrganisationLifecycle contract (${name})`, () => {
    it("takes the stop into account when identity's transaction commits, for that organisation only", async () => {
      const { unitOfWork, stopped } = await subject();
      await unitOfWork.run((repos) => repos.organisationLifecycle.organisationClosed(closing(ORGANISATION_A)));
      expect(await stopped(ORGANISATION_A)).toBe(true);
      expect(await stopped(ORGANISATION_B)).toBe(false);
    });

    it("undoes it when identity's transaction rolls back", async () => {
      const { unitOfWork, stopped } = await subject();
      const failing = unitOfWork.run(async (repos) => {
        await repos.organisationLifecycle.organisationClosed(closing(ORGANISATION_A));
        throw new Error("identity failed after announcing the stop");
      });
      await expect(failing).rejects.toThrow("identity failed");
      expect(await stopped(ORGANISATION_A)).toBe(false);
    });

    it("accepts the same announcement twice (a retried transaction)", async () => {
      const { unitOfWork, stopped } = await subject();
      for (let i = 0; i < 2; i++) {
        await unitOfWork.run((repos) => repos.organisationLifecycle.organisationClosed(closing(ORGANISATION_A)));
      }
      expect(await stopped(ORGANISATION_A)).toBe(true);
    });
  });
}
