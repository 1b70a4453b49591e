import type { AppointmentAnswer } from "../../domain/appointment/answer.ts";
import type { AppointmentRequest } from "../../domain/appointment/appointment-request.ts";
import type { AppointmentReplyLink, ParcoursupInvitation } from "../../domain/appointment/links.ts";
import type {
  EstablishmentAppointmentSettings,
  TrainingAppointmentSettings,
} from "../../domain/appointment/settings.ts";
import type { EstablishmentAppointmentStats } from "../../domain/appointment/stats.ts";
import type { Outbox } from "../messaging/index.ts";

/** Support's appointment settings per establishment (formateur SIRET) and per training; absent → null / left out. */
export interface AppointmentSettingsRepository {
  establishment(siret: string): Promise<EstablishmentAppointmentSettings | null>;
  /** Those of the SIRETs given that have settings, keyed by SIRET. */
  establishments(sirets: readonly string[]): Promise<ReadonlyMap<string, EstablishmentAppointmentSettings>>;
  /** Creates or replaces the establishment's settings. */
  saveEstablishment(settings: EstablishmentAppointmentSettings): Promise<void>;
  training(trainingId: string): Promise<TrainingAppointmentSettings | null>;
  trainings(trainingIds: readonly string[]): Promise<ReadonlyMap<string, TrainingAppointmentSettings>>;
  saveTraining(settings: TrainingAppointmentSettings): Promise<void>;
}

/** A page of requests for support, newest first. */
type RequestPage = Readonly<{ items: readonly AppointmentRequest[]; total: number }>;

type RequestFilter = Readonly<{ siret?: string | undefined; page: number; pageSize: number }>;

/** A position in the (createdAt, id) order of requests. */
export type RequestPosition = Readonly<{ createdAt: Date; id: string }>;

/** The candidates' requests, their answers and reminders. */
export interface AppointmentRequestRepository {
  /**
   * The one check of the 4-day rule that holds across instances: records that `email` asks about `trainingId`
   * at `now`, unless an earlier request of the pair is later than `since` (then the answer is that request's
   * instant and nothing is written). Two concurrent calls for the same pair: one `"reserved"`, the other not.
   */
  reserve(
    email: string,
    trainingId: string,
    now: Date,
    since: Date,
  ): Promise<"reserved" | Readonly<{ previousAt: Date }>>;
  insert(request: AppointmentRequest): Promise<void>;
  findById(id: string): Promise<AppointmentRequest | null>;
  /** Records the answer unless one is already there, atomically: false when the request was answered already. */
  answerOnce(id: string, answer: AppointmentAnswer): Promise<boolean>;
  /**
   * Unanswered, never reminded requests made at or before `createdBy`, in (createdAt, id) order after `after`
   * (null: from the start), at most `limit`.
   */
  listToRemind(createdBy: Date, after: RequestPosition | null, limit: number): Promise<AppointmentRequest[]>;
  /** Marks the reminder sent unless it already was, atomically: false when another run did it first. */
  markReminded(id: string, now: Date): Promise<boolean>;
  list(filter: RequestFilter): Promise<RequestPage>;
  /** Per formateur SIRET: requests, answered, rate and median response time; most requests first, then SIRET. */
  stats(siret?: string): Promise<EstablishmentAppointmentStats[]>;
}

export interface AppointmentLinkRepository {
  saveReplyLink(link: AppointmentReplyLink): Promise<void>;
  findReplyLink(tokenHash: string): Promise<AppointmentReplyLink | null>;
  saveInvitation(invitation: ParcoursupInvitation): Promise<void>;
  findInvitation(tokenHash: string): Promise<ParcoursupInvitation | null>;
  /** Marks it used unless it already is, atomically: false when a concurrent use won. */
  markInvitationUsed(id: string, now: Date): Promise<boolean>;
}

/** What an appointment use case may write in its one transaction. */
export type AppointmentRepos = Readonly<{
  appointmentSettings: AppointmentSettingsRepository;
  appointmentRequests: AppointmentRequestRepository;
  appointmentLinks: AppointmentLinkRepository;
  outbox: Outbox;
}>;
