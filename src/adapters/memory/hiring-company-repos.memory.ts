import type {
  CompanyDecisions,
  CompanyGenerations,
  ContactUpdateRequests,
  HiringCompanyRepository,
  UnsubscriptionLinks,
} from "../../application/hiring-company/ports.ts";
import type { ContactUpdateRequest } from "../../domain/hiring-company/contact-update-request.ts";
import type { Dereferencing, UnsubscriptionLink } from "../../domain/hiring-company/dereferencing.ts";
import type { ContactOverride, HiringCompany } from "../../domain/hiring-company/hiring-company.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Snapshottable } from "./unit-of-work.memory.ts";

type Store = {
  companies: Map<string, HiringCompany & { generation: number }>;
  live: number | null;
  dereferenced: Map<string, Dereferencing>;
  contacts: Map<string, ContactOverride & { updatedAt: Date }>;
  links: Map<string, UnsubscriptionLink>;
  requests: Map<string, ContactUpdateRequest>;
};

const key = (generation: number, siret: string) => `${generation}:${siret}`;

/** The hiring-company tables in memory (the fakes of every port of application/hiring-company/ports.ts). */
export function createMemoryHiringCompanyTables() {
  let store: Store = {
    companies: new Map(),
    live: null,
    dereferenced: new Map(),
    contacts: new Map(),
    links: new Map(),
    requests: new Map(),
  };
  const liveCompanies = () => [...store.companies.values()].filter((company) => company.generation === store.live);
  const strip = ({ generation: _, ...company }: HiringCompany & { generation: number }): HiringCompany => company;
  const hiringCompanies: HiringCompanyRepository = {
    async findBySiret(siret) {
      const found = store.live === null ? undefined : store.companies.get(key(store.live, siret));
      return found ? strip(found) : null;
    },
    async findByEmail(email) {
      return liveCompanies()
        .filter((company) => company.email === email)
        .sort((a, b) => (a.siret < b.siret ? -1 : 1))
        .map(strip);
    },
    async sharedEmailSample() {
      const byEmail = new Map<Email, HiringCompany[]>();
      for (const company of liveCompanies().sort((a, b) => a.importRank - b.importRank)) {
        if (company.email) byEmail.set(company.email, [...(byEmail.get(company.email) ?? []), company]);
      }
      const shared = [...byEmail].find(([, companies]) => companies.length >= 2);
      return shared ? { email: shared[0], sirets: shared[1].map((c) => c.siret).sort() } : null;
    },
    async withEmailSample() {
      const first = liveCompanies()
        .filter((company) => company.email !== null)
        .sort((a, b) => a.importRank - b.importRank)[0];
      return first?.email ? { siret: first.siret, email: first.email } : null;
    },
    async isEmpty() {
      return store.live === null;
    },
    async publish(generation, since) {
      const removed: Siret[] = [];
      for (const record of store.dereferenced.values()) {
        if (record.dereferencedAt >= since && store.companies.delete(key(generation, record.siret)))
          removed.push(record.siret);
      }
      const updated: HiringCompany[] = [];
      for (const contact of store.contacts.values()) {
        const company = store.companies.get(key(generation, contact.siret));
        if (contact.updatedAt < since || !company) continue;
        const changed = { ...company, email: contact.email ?? company.email, phone: contact.phone ?? company.phone };
        store.companies.set(key(generation, contact.siret), changed);
        updated.push(strip(changed));
      }
      store.live = generation;
      return { removed, updated };
    },
    async remove(sirets) {
      const gone = new Set<string>(sirets);
      for (const [k, company] of store.companies) if (gone.has(company.siret)) store.companies.delete(k);
    },
    async applyContact(override) {
      for (const [k, company] of store.companies) {
        if (company.siret !== override.siret) continue;
        store.companies.set(k, {
          ...company,
          email: override.email ?? company.email,
          phone: override.phone ?? company.phone,
        });
      }
      return hiringCompanies.findBySiret(override.siret);
    },
  };
  const generations: CompanyGenerations = {
    async live() {
      return store.live;
    },
    async seal() {},
    async dropAllButLive() {
      for (const [k, company] of store.companies) if (company.generation !== store.live) store.companies.delete(k);
    },
    async append(generation, companies) {
      for (const company of companies) store.companies.set(key(generation, company.siret), { ...company, generation });
    },
    async dereferencedSirets() {
      return new Set(store.dereferenced.keys());
    },
    async contactOverrides() {
      return new Map([...store.contacts].map(([siret, { updatedAt: _, ...override }]) => [siret, override]));
    },
  };
  const companyDecisions: CompanyDecisions = {
    async dereference(records) {
      for (const record of records)
        if (!store.dereferenced.has(record.siret)) store.dereferenced.set(record.siret, record);
    },
    async contactOverride(siret) {
      const found = store.contacts.get(siret);
      if (!found) return null;
      const { updatedAt: _, ...override } = found;
      return override;
    },
    async saveContactOverride(override, now) {
      store.contacts.set(override.siret, { ...override, updatedAt: now });
    },
  };
  const unsubscriptionLinks: UnsubscriptionLinks = {
    async save(link) {
      store.links.set(link.id, link);
    },
    async findByHash(tokenHash) {
      return [...store.links.values()].find((link) => link.tokenHash === tokenHash) ?? null;
    },
    async markUsed(id, now) {
      const link = store.links.get(id);
      if (!link || link.usedAt !== null) return false;
      store.links.set(id, { ...link, usedAt: now });
      return true;
    },
  };
  const updateRequests: ContactUpdateRequests = {
    async add(request) {
      store.requests.set(request.id, request);
    },
    async findById(id) {
      return store.requests.get(id) ?? null;
    },
    async list({ status, page, pageSize }) {
      const all = [...store.requests.values()]
        .filter((request) => status === null || request.status === status)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
    },
    async saveDecision(request) {
      if (store.requests.get(request.id)?.status !== "pending") return false;
      store.requests.set(request.id, request);
      return true;
    },
  };
  const snapshottable: Snapshottable = {
    snapshot() {
      const saved: Store = {
        companies: new Map(store.companies),
        live: store.live,
        dereferenced: new Map(store.dereferenced),
        contacts: new Map(store.contacts),
        links: new Map(store.links),
        requests: new Map(store.requests),
      };
      return () => {
        store = saved;
      };
    },
  };
  return { hiringCompanies, generations, companyDecisions, unsubscriptionLinks, updateRequests, snapshottable };
}
