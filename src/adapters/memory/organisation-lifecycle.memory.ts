import type { OrganisationClosed, OrganisationLifecycle } from "../../application/identity/ports.ts";

/**
 * Until the offers context listens (it will close the organisation's offers), an organisation that stops
 * concerns nobody else: the identity use cases call the port all the same.
 */
export const noOrganisationLifecycle: OrganisationLifecycle = {
  organisationClosed: async () => {},
};

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
