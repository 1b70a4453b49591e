import type { CompanyFileLine } from "../../domain/hiring-company/company-row.ts";
import type { ContactUpdateRequest } from "../../domain/hiring-company/contact-update-request.ts";
import type { Dereferencing, UnsubscriptionLink } from "../../domain/hiring-company/dereferencing.ts";
import type { ContactOverride, HiringCompany } from "../../domain/hiring-company/hiring-company.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Siret } from "../../domain/shared/siret.ts";
import type { Outbox } from "../messaging/index.ts";
import type { SearchIndex } from "../search/index.ts";

/** The algorithm companies file cannot be opened or read to its end (missing, truncated, not gzip…). */
export class CompanyFileUnavailable extends Error {
  override name = "CompanyFileUnavailable";
}

/** An opened companies file: its lines in the file's order, and how far reading has gone (for the progress bar). */
export type CompanyFile = Readonly<{
  /** The file's name, for the summary. */
  name: string;
  /** Its size on disk (compressed when gzipped); null when unknown. */
  sizeBytes: number | null;
  /**
   * Its lines in the file's order, a chunk at a time (a few hundred to a few thousand lines: one await per chunk,
   * not per line). Read once; throws CompanyFileUnavailable when the file breaks off half-way.
   */
  batches(): AsyncIterable<readonly CompanyFileLine[]>;
  /** Bytes of the file consumed so far (same unit as sizeBytes). */
  bytesRead(): number;
}>;

/** Where the monthly companies file comes from (docs/DATA.md "Algorithm companies file"). */
export interface CompanyFileSource {
  /** Throws CompanyFileUnavailable when the file cannot be opened. */
  open(): Promise<CompanyFile>;
}

/** The import's side of the companies table, outside any transaction (the job holds its lease). */
export interface CompanyGenerations {
  /** The generation searches and the detail read; null before the first import. */
  live(): Promise<number | null>;
  /** Deletes every generation but the live one: the previous list once replaced, or an import that died. */
  dropAllButLive(): Promise<void>;
  /** Adds companies to an unpublished generation (batches of at most 5,000). */
  append(generation: number, companies: readonly HiringCompany[]): Promise<void>;
  /**
   * Readies a filled generation for publication (its indexes and statistics), outside any transaction, so that
   * publishing it is short; publishing an unsealed generation seals it first, in the transaction.
   */
  seal(generation: number): Promise<void>;
  /** Every dereferenced SIRET. */
  dereferencedSirets(): Promise<ReadonlySet<string>>;
  /** Every approved contact change, by SIRET. */
  contactOverrides(): Promise<ReadonlyMap<string, ContactOverride>>;
}

/** Companies as the use cases read and change them, in the live generation (bound to a transaction or not). */
export interface HiringCompanyRepository {
  /** null when unknown (or dereferenced: a dereferenced company has no row). */
  findBySiret(siret: string): Promise<HiringCompany | null>;
  /** The live companies whose known email is this one, by SIRET. */
  findByEmail(email: Email): Promise<HiringCompany[]>;
  /** Two live companies sharing one email, for /dev/fixtures; null when none. */
  sharedEmailSample(): Promise<Readonly<{ email: Email; sirets: Siret[] }> | null>;
  /** A live company with an email, for /dev/fixtures; null when none. */
  withEmailSample(): Promise<Readonly<{ siret: Siret; email: Email }> | null>;
  isEmpty(): Promise<boolean>;
  /**
   * Makes `generation` the live one. Before that, takes out of it the SIRETs dereferenced since `since` and applies
   * the contact changes approved since `since` (both happened while the file was loading): answers them.
   */
  publish(generation: number, since: Date): Promise<Readonly<{ removed: Siret[]; updated: HiringCompany[] }>>;
  /** Deletes these SIRETs from every generation. */
  remove(sirets: readonly Siret[]): Promise<void>;
  /** Applies an approved contact change to every generation; answers the live company changed (null: none). */
  applyContact(override: ContactOverride): Promise<HiringCompany | null>;
}

/** Dereferenced SIRETs (kept for good) and the approved contact changes (kept across imports). */
export interface CompanyDecisions {
  /** Adds them; a SIRET already dereferenced keeps its first record. */
  dereference(records: readonly Dereferencing[]): Promise<void>;
  contactOverride(siret: Siret): Promise<ContactOverride | null>;
  /** Records the change as of `now` (the import reapplies those approved after it started). */
  saveContactOverride(override: ContactOverride, now: Date): Promise<void>;
}

/** Dereferencing confirmation links, looked up by the SHA-256 of their token. */
export interface UnsubscriptionLinks {
  save(link: UnsubscriptionLink): Promise<void>;
  findByHash(tokenHash: string): Promise<UnsubscriptionLink | null>;
  /** false when it was already used (a concurrent POST won). */
  markUsed(id: string, now: Date): Promise<boolean>;
}

export type UpdateRequestPage = Readonly<{ items: ContactUpdateRequest[]; total: number }>;

/** Contact update requests, oldest first. */
export interface ContactUpdateRequests {
  add(request: ContactUpdateRequest): Promise<void>;
  findById(id: string): Promise<ContactUpdateRequest | null>;
  list(
    query: Readonly<{ status: ContactUpdateRequest["status"] | null; page: number; pageSize: number }>,
  ): Promise<UpdateRequestPage>;
  /** Stores the decision if the request is still pending: false when another decision came first. */
  saveDecision(request: ContactUpdateRequest): Promise<boolean>;
}

/** What one transaction of this context holds. */
export type HiringCompanyRepos = Readonly<{
  hiringCompanies: HiringCompanyRepository;
  companyDecisions: CompanyDecisions;
  unsubscriptionLinks: UnsubscriptionLinks;
  updateRequests: ContactUpdateRequests;
  outbox: Outbox;
  /** The search read model, bound to the same transaction. */
  searchIndex: SearchIndex;
}>;
