import type { OrganisationClosed, OrganisationLifecycle } from "../../application/identity/ports.ts";

export type MemoryOrganisationLifecycle = OrganisationLifecycle &
  Readonly<{ events(): readonly OrganisationClosed[]; snapshot(): () => void }>;

/** Records what it is told (forgetting it when the unit of work rolls back), for tests and the offline demo. */
export function createMemoryOrganisationLifecycle(): MemoryOrganisationLifecycle {
  let events: readonly OrganisationClosed[] = [];
  return {
    organisationClosed: async (event) => {
      events = [...events, event];
    },
    events: () => events,
    snapshot() {
      const saved = events;
      return () => {
        events = saved;
      };
    },
  };
}
