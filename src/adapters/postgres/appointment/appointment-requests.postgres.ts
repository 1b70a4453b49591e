import { and, asc, count, desc, eq, gt, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { AppointmentRequestRepository } from "../../../application/appointment/ports.ts";
import type { AppointmentRequest } from "../../../domain/appointment/appointment-request.ts";
import type { AppointmentReason } from "../../../domain/appointment/request.ts";
import { responseRate } from "../../../domain/appointment/stats.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { PhoneNumber } from "../../../domain/shared/phone-number.ts";
import type { Db } from "../database.ts";
import { rowsOf } from "../rows.ts";
import { appointmentRequests as requests, appointmentRequestSlots as slots } from "./schema.ts";

type Row = typeof requests.$inferSelect;

function toRow(request: AppointmentRequest): Row {
  const { applicant, training, answer } = request;
  return {
    id: request.id,
    trainingId: training.trainingId,
    trainingTitle: training.title,
    formateurSiret: training.formateurSiret,
    establishmentName: training.establishmentName,
    platform: request.platform,
    firstName: applicant.firstName,
    lastName: applicant.lastName,
    email: applicant.email,
    phone: applicant.phone,
    applicantType: applicant.type,
    reasons: [...request.reasons],
    message: request.message,
    recipientEmail: request.recipientEmail,
    createdAt: request.createdAt,
    answerIntention: answer?.intention ?? null,
    answerMessage: answer?.message ?? null,
    answeredAt: answer?.answeredAt ?? null,
    remindedAt: request.remindedAt,
  };
}

function fromRow(row: Row): AppointmentRequest {
  const { trainingId, trainingTitle: title, formateurSiret, establishmentName } = row;
  return {
    id: row.id,
    platform: row.platform,
    applicant: {
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email as Email,
      phone: row.phone as PhoneNumber,
      type: row.applicantType,
    },
    reasons: row.reasons as AppointmentReason[],
    message: row.message,
    training: { trainingId, title, formateurSiret, establishmentName },
    recipientEmail: row.recipientEmail as Email,
    createdAt: row.createdAt,
    answer:
      row.answerIntention && row.answeredAt
        ? { intention: row.answerIntention, message: row.answerMessage, answeredAt: row.answeredAt }
        : null,
    remindedAt: row.remindedAt,
  };
}

type StatsRow = { siret: string; name: string; requests: number; answered: number; median: string | number | null };

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgAppointmentRequestRepository(db: Db): AppointmentRequestRepository {
  return {
    async reserve(email, trainingId, now, since) {
      const reserved = await db
        .insert(slots)
        .values({ email, trainingId, requestedAt: now })
        .onConflictDoUpdate({
          target: [slots.email, slots.trainingId],
          set: { requestedAt: now },
          setWhere: lte(slots.requestedAt, since),
        })
        .returning({ email: slots.email });
      if (reserved.length > 0) return "reserved";
      const previous = await db
        .select({ requestedAt: slots.requestedAt })
        .from(slots)
        .where(and(eq(slots.email, email), eq(slots.trainingId, trainingId)));
      return { previousAt: previous[0]?.requestedAt ?? now };
    },
    async insert(request) {
      await db.insert(requests).values(toRow(request));
    },
    async findById(id) {
      const rows = await db.select().from(requests).where(eq(requests.id, id)).limit(1);
      return rows[0] ? fromRow(rows[0]) : null;
    },
    async answerOnce(id, answer) {
      const updated = await db
        .update(requests)
        .set({ answerIntention: answer.intention, answerMessage: answer.message, answeredAt: answer.answeredAt })
        .where(and(eq(requests.id, id), isNull(requests.answeredAt)))
        .returning({ id: requests.id });
      return updated.length > 0;
    },
    async listToRemind(createdBy, after, limit) {
      const conditions: SQL[] = [
        isNull(requests.answeredAt),
        isNull(requests.remindedAt),
        lte(requests.createdAt, createdBy),
      ];
      if (after) {
        const later = or(
          gt(requests.createdAt, after.createdAt),
          and(eq(requests.createdAt, after.createdAt), gt(requests.id, after.id)),
        );
        if (later) conditions.push(later);
      }
      const rows = await db
        .select()
        .from(requests)
        .where(and(...conditions))
        .orderBy(asc(requests.createdAt), asc(requests.id))
        .limit(limit);
      return rows.map(fromRow);
    },
    async markReminded(id, now) {
      const updated = await db
        .update(requests)
        .set({ remindedAt: now })
        .where(and(eq(requests.id, id), isNull(requests.remindedAt)))
        .returning({ id: requests.id });
      return updated.length > 0;
    },
    async list({ siret, page, pageSize }) {
      const where = siret === undefined ? undefined : eq(requests.formateurSiret, siret);
      const rows = await db
        .select()
        .from(requests)
        .where(where)
        .orderBy(desc(requests.createdAt), desc(requests.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total] = await db.select({ total: count() }).from(requests).where(where);
      return { items: rows.map(fromRow), total: total?.total ?? 0 };
    },
    async stats(siret) {
      const where = siret === undefined ? sql`` : sql`where formateur_siret = ${siret}`;
      const result = await db.execute(sql`
        select formateur_siret as siret,
          (array_agg(establishment_name order by created_at desc, id desc))[1] as name,
          count(*)::int as requests,
          count(answered_at)::int as answered,
          round((percentile_cont(0.5) within group (
            order by extract(epoch from (answered_at - created_at))))::numeric) as median
        from appointment_requests ${where}
        group by formateur_siret
        order by count(*) desc, formateur_siret`);
      return rowsOf<StatsRow>(result).map((row) => ({
        siret: row.siret,
        establishmentName: row.name,
        requests: Number(row.requests),
        answered: Number(row.answered),
        responseRate: responseRate(Number(row.answered), Number(row.requests)),
        medianResponseSeconds: row.median === null ? null : Number(row.median),
      }));
    },
  };
}
