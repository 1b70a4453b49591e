import type { CvKind } from "../../domain/job-application/cv-file.ts";
import type { ApplicationTarget, JobApplication } from "../../domain/job-application/job-application.ts";
import type { ApplicationQuota, QuotaExceeded } from "../../domain/job-application/quota.ts";
import type { Email } from "../../domain/shared/email.ts";
import type { Actor } from "../identity/index.ts";
import type { StoredLinkToken } from "../shared/link-tokens.ts";

/** Tells what a file is by its content (PDF signature; DOCX: a zip holding `word/document.xml`), never its name. */
export interface CvInspector {
  /** null: neither (an image, a zip without `word/document.xml`, a truncated or empty file…). Never throws. */
  kindOf(bytes: Uint8Array): Promise<CvKind | null>;
}

export type ScanVerdict = Readonly<{ outcome: "clean" }> | Readonly<{ outcome: "infected"; signature: string }>;

/**
 * An antivirus (clamd's INSTREAM, or the offline scanner that knows the EICAR test file). Throws
 * UpstreamUnavailable (shared/ports.ts) when it cannot judge now (down, timeout, answer not understood): the
 * caller keeps the file unsent and asks again later.
 */
export interface AntivirusScanner {
  scan(bytes: Uint8Array): Promise<ScanVerdict>;
}

export type StoredCv = Readonly<{
  id: string;
  applicationId: string;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  createdAt: Date;
}>;

/**
 * The CVs' bytes, where every instance reads them (the database by default), encrypted at rest (AES-GCM, the
 * configured CV_ENCRYPTION_KEY): the stored bytes are never the file's. Bound to a transaction, a write commits
 * or rolls back with it.
 */
export interface CvStore {
  put(cv: StoredCv): Promise<void>;
  /** Decrypted; null when unknown or deleted (or unreadable with this key). */
  get(id: string): Promise<StoredCv | null>;
  /** Deletes these CVs (retention); unknown ids are ignored. */
  delete(ids: readonly string[]): Promise<void>;
}

/** A console page of an offer's applications, newest first. */
type ApplicationPage = Readonly<{ items: readonly JobApplication[]; total: number }>;

export type QuotaReservation = Readonly<{
  candidateEmail: Email;
  targetKey: string;
  now: Date;
  quota: ApplicationQuota;
}>;

/** The applications (bound to a transaction in a UnitOfWork, or to the database for reads). */
export interface JobApplicationRepository {
  /**
   * Holds, until the transaction ends, the lock of this candidate email (an advisory lock on PostgreSQL), then
   * counts the candidate's applications created in the 24 h before `now`, in all and to `targetKey`. "ok" when one
   * more fits; the caller inserts in the same transaction, so ten concurrent submissions cannot pass a quota.
   */
  reserveQuota(reservation: QuotaReservation): Promise<"ok" | QuotaExceeded>;
  insert(application: JobApplication, targetKey: string): Promise<void>;
  findById(id: string): Promise<JobApplication | null>;
  /** The offer's applications (anonymised ones included), newest first, id breaking ties. */
  listForOffer(offerId: string, page: Readonly<{ page: number; pageSize: number }>): Promise<ApplicationPage>;
  /** How many applications each of these offers received (ids absent from the map: none). */
  countByOffer(offerIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** The offer's applications that have no company answer yet and were delivered (for "offer filled" emails). */
  listAwaitingAnswer(offerId: string): Promise<readonly JobApplication[]>;
  /** Writes the answer, status, notes, delivery and activity fields of an existing application. */
  update(application: JobApplication): Promise<void>;
  /**
   * Leases at most `limit` applications in `awaiting_scan` whose lease is free at `now` (FOR UPDATE SKIP LOCKED,
   * lease until `leaseUntil`) and counts the attempt, oldest first.
   */
  claimAwaitingScan(now: Date, leaseUntil: Date, limit: number): Promise<readonly JobApplication[]>;
  /** Delivered before `before` and still holding a CV: for the 90-day CV deletion. */
  listCvsDeliveredBefore(before: Date, limit: number): Promise<readonly JobApplication[]>;
  /** Not anonymised, last activity before `before`: for the 2-year anonymisation. */
  listInactiveSince(before: Date, limit: number): Promise<readonly JobApplication[]>;
}

/** A quick-response link of the company's email: 30 days, usable many times (a changed answer is allowed). */
export type ResponseLink = StoredLinkToken & Readonly<{ id: string; applicationId: string; createdAt: Date }>;

export interface ResponseLinkRepository {
  save(link: ResponseLink): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<ResponseLink | null>;
}

/** What an application needs to know of its target, from the context owning it. */
export type TargetFacts = Readonly<{
  /** false: closed or expired (an offer posted here), so no application is taken. */
  open: boolean;
  /** null: no contact email is known, so no application can be sent from here. */
  contactEmail: Email | null;
  title: string;
  companyName: string;
  /** The organisation owning an offer posted here (its console lists the application); null otherwise. */
  organisationId: string | null;
}>;

/** The targets' owning contexts (offers, France Travail offers, algorithm companies), through their published APIs. */
export interface ApplicationTargets {
  /** null: no such target (unknown, withdrawn or dereferenced). */
  factsOf(target: ApplicationTarget): Promise<TargetFacts | null>;
  /** Whether this person may see an offer's applications (a member of its organisation, or support). */
  offerManagedBy(actor: Actor, offerId: string): Promise<boolean>;
}

/** Signed, short-lived CV download links (a JWS): the console's list hands them out, the download checks them. */
export interface CvDownloadLinks {
  issue(applicationId: string, expiresAt: Date): Promise<string>;
  /** The application id, or null when the token is forged, malformed or expired at `now`. */
  verify(token: string, now: Date): Promise<string | null>;
}
